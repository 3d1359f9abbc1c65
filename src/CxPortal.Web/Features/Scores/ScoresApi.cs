using CxPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CxPortal.Web.Features.Scores;

/// <summary>The read-only score endpoints (http-api.md, "Scores").</summary>
public static class ScoresApi
{
    private const string Tag = "Scores";

    public static RouteGroupBuilder MapScoresApi(this RouteGroupBuilder group)
    {
        group.MapGet("/journeys/{code}/scores", GetJourneyScores).WithName("GetJourneyScores")
            .WithSummary("Journey scorecard: index, overall rating and touchpoint pool, stages, touchpoints with flags and impacts, weak points, masking, change vs the previous window.")
            .WithTags(Tag);
        group.MapGet("/touchpoints/{code}/scores", GetTouchpointScores).WithName("GetTouchpointScores")
            .WithSummary("A touchpoint's figures for the window, trend per week, month or quarter, score distribution, operational metrics and latest comments.")
            .WithTags(Tag);
        group.MapGet("/journeys/{code}/compare", CompareJourney).WithName("CompareJourney")
            .WithSummary("Per value of a segment dimension: figures and significance-tested deltas vs the rest, per journey and per touchpoint.")
            .WithTags(Tag);
        group.MapGet("/journeys/{code}/drivers", GetDrivers).WithName("GetJourneyDrivers")
            .WithSummary("Key drivers: each touchpoint's importance (Pearson r with the overall rating), performance and quadrant, and the fix-first list.")
            .WithTags(Tag);
        group.MapGet("/journeys/{code}/profile", GetProfile).WithName("GetJourneyProfile")
            .WithSummary("Advocacy profile: initial, loyalty and advocacy levels of the journey's respondents and their shape.")
            .WithTags(Tag);
        group.MapGet("/weak-points", GetWeakPoints).WithName("GetWeakPoints")
            .WithSummary("Every flagged touchpoint across journeys, ranked by impact.")
            .WithTags(Tag);
        return group;
    }

    private static Task<Results<Ok<JourneyScores>, ProblemHttpResult>> GetJourneyScores(string code,
        [AsParameters] ScoreParameters p, ScoreService scores, TimeProvider clock, CancellationToken ct) =>
        Answer(p, clock, "Journey", code, q => scores.JourneyScoresAsync(code, q, ct));

    private static Task<Results<Ok<TouchpointScores>, ProblemHttpResult>> GetTouchpointScores(string code,
        [AsParameters] ScoreParameters p, string? granularity, TouchpointScoreService scores, TimeProvider clock,
        CancellationToken ct)
    {
        if (!ScoreQuery.TryParseGranularity(granularity, out var g, out var error))
        {
            return Task.FromResult<Results<Ok<TouchpointScores>, ProblemHttpResult>>(ApiResults.BadRequest(error));
        }
        return Answer(p, clock, "Touchpoint", code, q => scores.TouchpointScoresAsync(code, q, g, ct));
    }

    private static Task<Results<Ok<JourneyComparison>, ProblemHttpResult>> CompareJourney(string code,
        [AsParameters] ScoreParameters p, string? dimension, ComparisonService comparisons, TimeProvider clock,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(dimension))
        {
            return Task.FromResult<Results<Ok<JourneyComparison>, ProblemHttpResult>>(
                ApiResults.BadRequest("dimension is required, e.g. ?dimension=region."));
        }
        return Answer(p, clock, "Journey", code, q => comparisons.CompareAsync(code, dimension.Trim(), q, ct));
    }

    private static Task<Results<Ok<JourneyDrivers>, ProblemHttpResult>> GetDrivers(string code,
        [AsParameters] ScoreParameters p, RespondentScoreService respondents, TimeProvider clock, CancellationToken ct) =>
        Answer(p, clock, "Journey", code, q => respondents.DriversAsync(code, q, ct));

    private static Task<Results<Ok<JourneyProfile>, ProblemHttpResult>> GetProfile(string code,
        [AsParameters] ScoreParameters p, RespondentScoreService respondents, TimeProvider clock, CancellationToken ct) =>
        Answer(p, clock, "Journey", code, q => respondents.ProfileAsync(code, q, ct));

    private static Task<Results<Ok<WeakPointList>, ProblemHttpResult>> GetWeakPoints(
        [AsParameters] ScoreParameters p, ScoreService scores, TimeProvider clock, CancellationToken ct) =>
        Answer(p, clock, "", "", async q => await scores.WeakPointsAsync(q, ct));

    /// <summary>400 for a bad query (checked first), 404 for an unknown code, else the result.</summary>
    internal static async Task<Results<Ok<T>, ProblemHttpResult>> Answer<T>(ScoreParameters p, TimeProvider clock,
        string what, string code, Func<ScoreQuery, Task<T?>> read)
        where T : class
    {
        if (!TryParse(p, clock, out var query, out var error))
        {
            return ApiResults.BadRequest(error);
        }
        try
        {
            return await read(query) is { } result ? TypedResults.Ok(result) : ApiResults.NotFound(what, code);
        }
        catch (ScoreQueryException e)
        {
            return ApiResults.BadRequest(e.Message);
        }
    }

    internal static bool TryParse(ScoreParameters p, TimeProvider clock,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScoreQuery? query,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error) =>
        ScoreQuery.TryParse(p.From, p.To, p.Segment, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), out query, out error);
}
