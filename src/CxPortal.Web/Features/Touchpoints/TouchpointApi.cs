using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPortal.Web.Features.Touchpoints;

/// <summary>/api/touchpoints: reads for every reader of scores, writes for the inventory's editors.</summary>
public static class TouchpointApi
{
    private const string Tag = "Touchpoints";

    public static RouteGroupBuilder MapTouchpointReadApi(this RouteGroupBuilder group)
    {
        group.MapGet("/touchpoints", ListAsync).WithName("ListTouchpoints").WithTags(Tag)
            .WithSummary("The touchpoint inventory; filter by search, stage, channel, owner, intentional, trackingMode; sort by a known key ('-' for descending).");
        group.MapGet("/touchpoints/{code}", GetAsync).WithName("GetTouchpoint").WithTags(Tag)
            .WithSummary("One touchpoint by code.");
        return group;
    }

    public static RouteGroupBuilder MapTouchpointWriteApi(this RouteGroupBuilder group)
    {
        group.MapPost("/touchpoints", CreateAsync).WithName("CreateTouchpoint").WithTags(Tag)
            .WithSummary("Adds a touchpoint to the inventory.");
        group.MapPut("/touchpoints/{code}", UpdateAsync).WithName("UpdateTouchpoint").WithTags(Tag)
            .WithSummary("Replaces a touchpoint; the body may carry a new code if it is free.");
        group.MapDelete("/touchpoints/{code}", DeleteAsync).WithName("DeleteTouchpoint").WithTags(Tag)
            .WithSummary("Deletes a touchpoint without responses or measurements, taking it out of its journeys.");
        return group;
    }

    internal static string Location(string code) => $"/api/touchpoints/{Uri.EscapeDataString(code)}";

    private static async Task<Results<Ok<IReadOnlyList<TouchpointDetails>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [AsParameters] TouchpointFilter filter, TouchpointQueries queries, CancellationToken ct) =>
        (await queries.SearchAsync(filter, ct)).ToOk();

    private static async Task<Results<Ok<TouchpointDetails>, ProblemHttpResult>> GetAsync(
        string code, TouchpointQueries queries, CancellationToken ct) =>
        await queries.GetAsync(code, ct) is { } touchpoint
            ? TypedResults.Ok(touchpoint)
            : ApiResults.NotFound("Touchpoint", code);

    private static async Task<Results<Created<TouchpointDetails>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        TouchpointInput input, TouchpointService service, CancellationToken ct) =>
        (await service.CreateAsync(input, ct)).ToCreated(t => Location(t.Code));

    private static async Task<Results<Ok<TouchpointDetails>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string code, TouchpointInput input, TouchpointService service, CancellationToken ct) =>
        (await service.UpdateAsync(code, input, ct)).ToOk();

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        string code, TouchpointService service, CancellationToken ct) =>
        (await service.DeleteAsync(code, ct)).ToNoContent();
}
