using CxPortal.Web.Features.Imports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPortal.Web.Features.Responses;

/// <summary>POST /api/responses: survey tools and CRMs post ratings in batches.</summary>
public static class ResponsesApi
{
    /// <summary>5,000 responses with long comments fit; the server-wide default is smaller.</summary>
    public const long MaxBody = 64L * 1024 * 1024;

    public static RouteGroupBuilder MapResponsesApi(this RouteGroupBuilder group)
    {
        group.MapPost("/responses", PostAsync).WithName("PostResponses").WithTags("Ingestion")
            .WithSummary("Stores up to 5,000 responses all-or-nothing; a re-sent id with the same content counts as a duplicate.")
            .Accepts<ResponseBatchInput>("application/json")
            .Produces<ResponsesAccepted>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return group;
    }

    public sealed record ResponsesAccepted(long Accepted, long Duplicates);

    private static async Task<Results<Ok<ResponsesAccepted>, ProblemHttpResult>> PostAsync(
        HttpContext http, ResponseService responses, CancellationToken ct)
    {
        IngestionHttp.AllowBody(http, MaxBody);
        var (body, problem) = await IngestionHttp.ReadJsonAsync<ResponseBatchInput>(http, ct);
        if (problem is not null)
        {
            return problem;
        }
        if (body?.Responses is not { } items)
        {
            return Infrastructure.ApiResults.BadRequest("The body needs a 'responses' array: {\"responses\": [ ... ]}.");
        }
        var result = await responses.IngestAsync(items, ct);
        return result.Outcome switch
        {
            ResponseIngestOutcome.Stored => TypedResults.Ok(new ResponsesAccepted(result.Accepted, result.Duplicates)),
            ResponseIngestOutcome.TooLarge => IngestionHttp.TooLarge(result.Errors[0].Message),
            ResponseIngestOutcome.Conflict => IngestionHttp.ItemProblem(StatusCodes.Status409Conflict, "Conflict.",
                $"{IngestionHttp.Counted(result.Errors.Count, "id")} already stored with different content; nothing was stored.", result.Errors),
            _ => IngestionHttp.ItemProblem(StatusCodes.Status400BadRequest, "Some responses are not valid.",
                $"{IngestionHttp.Counted(result.Errors.Select(e => e.Index).Distinct().Count(), "response")} not valid; nothing was stored.",
                result.Errors),
        };
    }
}
