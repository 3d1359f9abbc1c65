using CxPortal.Web.Features.Imports;
using CxPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPortal.Web.Features.Measurements;

/// <summary>POST /api/measurements: operational results per touchpoint metric and period.</summary>
public static class MeasurementsApi
{
    public static RouteGroupBuilder MapMeasurementsApi(this RouteGroupBuilder group)
    {
        group.MapPost("/measurements", PostAsync).WithName("PostMeasurements").WithTags("Ingestion")
            .WithSummary("Stores up to 5,000 measurements all-or-nothing; a value for a stored metric and period replaces it.")
            .Accepts<IReadOnlyList<MeasurementInput>>("application/json")
            .Produces<MeasurementsStored>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return group;
    }

    public sealed record MeasurementsStored(int Stored, int Created, int Replaced, int Unchanged);

    private static async Task<Results<Ok<MeasurementsStored>, ProblemHttpResult>> PostAsync(
        HttpContext http, MeasurementService measurements, CurrentActor actor, CancellationToken ct)
    {
        var (body, problem) = await IngestionHttp.ReadJsonAsync<List<MeasurementInput?>>(http, ct);
        if (problem is not null)
        {
            return problem;
        }
        if (body is null)
        {
            return ApiResults.BadRequest("The body needs an array of measurements: [{\"touchpoint\", \"metric\", \"periodStart\", \"periodEnd\", \"value\"}].");
        }
        var result = await measurements.RecordAsync(body.Select(m => m ?? new MeasurementInput()).ToList(), await actor.NameAsync(), ct);
        if (result.TooLarge)
        {
            return IngestionHttp.TooLarge(result.Errors[0].Message);
        }
        return result.Succeeded
            ? TypedResults.Ok(new MeasurementsStored(result.Stored, result.Created, result.Replaced, result.Unchanged))
            : IngestionHttp.ItemProblem(StatusCodes.Status400BadRequest, "Some measurements are not valid.",
                $"{IngestionHttp.Counted(result.Errors.Select(e => e.Index).Distinct().Count(), "measurement")} not valid; nothing was stored.",
                result.Errors);
    }
}
