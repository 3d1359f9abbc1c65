using CxPortal.Web.Infrastructure.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPortal.Web.Features.Touchpoints.Metrics;

/// <summary>/api/touchpoints/{code}/metrics.</summary>
public static class MetricApi
{
    private const string Tag = "Metrics";

    public static RouteGroupBuilder MapMetricReadApi(this RouteGroupBuilder group)
    {
        group.MapGet("/touchpoints/{code}/metrics", ListAsync).WithName("ListMetrics").WithTags(Tag)
            .WithSummary("The operational metrics of a touchpoint.");
        group.MapGet("/touchpoints/{code}/metrics/{metric}", GetAsync).WithName("GetMetric").WithTags(Tag)
            .WithSummary("One operational metric.");
        return group;
    }

    public static RouteGroupBuilder MapMetricWriteApi(this RouteGroupBuilder group)
    {
        group.MapPost("/touchpoints/{code}/metrics", CreateAsync).WithName("CreateMetric").WithTags(Tag)
            .WithSummary("Adds an operational metric to a touchpoint.");
        group.MapPut("/touchpoints/{code}/metrics/{metric}", UpdateAsync).WithName("UpdateMetric").WithTags(Tag)
            .WithSummary("Replaces an operational metric; the body may carry a new, free code.");
        group.MapDelete("/touchpoints/{code}/metrics/{metric}", DeleteAsync).WithName("DeleteMetric").WithTags(Tag)
            .WithSummary("Deletes a metric that has no measurements.");
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<MetricDetails>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        string code, MetricService metrics, CancellationToken ct) =>
        (await metrics.ListAsync(code, ct)).ToOk();

    private static async Task<Results<Ok<MetricDetails>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string code, string metric, MetricService metrics, CancellationToken ct) =>
        (await metrics.GetAsync(code, metric, ct)).ToOk();

    private static async Task<Results<Created<MetricDetails>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        string code, MetricInput input, MetricService metrics, CancellationToken ct) =>
        (await metrics.CreateAsync(code, input, ct))
        .ToCreated(m => $"{TouchpointApi.Location(code)}/metrics/{Uri.EscapeDataString(m.Code)}");

    private static async Task<Results<Ok<MetricDetails>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string code, string metric, MetricInput input, MetricService metrics, CancellationToken ct) =>
        (await metrics.UpdateAsync(code, metric, input, ct)).ToOk();

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        string code, string metric, MetricService metrics, CancellationToken ct) =>
        (await metrics.DeleteAsync(code, metric, ct)).ToNoContent();
}
