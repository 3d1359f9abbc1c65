using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPortal.Web.Features.Journeys;

/// <summary>/api/journeys (the journey's scores live under the same path, in the scores feature).</summary>
public static class JourneyApi
{
    private const string Tag = "Journeys";

    public static RouteGroupBuilder MapJourneyReadApi(this RouteGroupBuilder group)
    {
        group.MapGet("/journeys", ListAsync).WithName("ListJourneys").WithTags(Tag).WithSummary("Every journey with its steps.");
        group.MapGet("/journeys/{code}", GetAsync).WithName("GetJourney").WithTags(Tag).WithSummary("One journey by code.");
        return group;
    }

    public static RouteGroupBuilder MapJourneyWriteApi(this RouteGroupBuilder group)
    {
        group.MapPost("/journeys", CreateAsync).WithName("CreateJourney").WithTags(Tag)
            .WithSummary("Creates a journey from an ordered list of touchpoint codes.");
        group.MapPut("/journeys/{code}", UpdateAsync).WithName("UpdateJourney").WithTags(Tag)
            .WithSummary("Replaces a journey and its steps; the body may carry a new, free code.");
        group.MapDelete("/journeys/{code}", DeleteAsync).WithName("DeleteJourney").WithTags(Tag)
            .WithSummary("Deletes a journey without overall responses.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<JourneyDetails>>> ListAsync(JourneyService journeys, CancellationToken ct) =>
        TypedResults.Ok(await journeys.ListAsync(ct));

    private static async Task<Results<Ok<JourneyDetails>, ProblemHttpResult>> GetAsync(
        string code, JourneyService journeys, CancellationToken ct) =>
        await journeys.GetAsync(code, ct) is { } journey ? TypedResults.Ok(journey) : ApiResults.NotFound("Journey", code);

    private static async Task<Results<Created<JourneyDetails>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        JourneyInput input, JourneyService journeys, CancellationToken ct) =>
        (await journeys.CreateAsync(input, ct)).ToCreated(j => $"/api/journeys/{Uri.EscapeDataString(j.Code)}");

    private static async Task<Results<Ok<JourneyDetails>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string code, JourneyInput input, JourneyService journeys, CancellationToken ct) =>
        (await journeys.UpdateAsync(code, input, ct)).ToOk();

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        string code, JourneyService journeys, CancellationToken ct) =>
        (await journeys.DeleteAsync(code, ct)).ToNoContent();
}
