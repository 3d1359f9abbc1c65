using CxPortal.Web.Features.Scores;
using CxPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPortal.Web.Features.Exports;

/// <summary>The journey scorecard as CSV or xlsx, with the same query string as the score endpoints.</summary>
public static class ExportsApi
{
    private const string Tag = "Exports";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapExportsApi(this RouteGroupBuilder group)
    {
        group.MapGet("/journeys/{code}.csv", Csv).WithName("ExportJourneyCsv")
            .WithSummary("The journey scorecard as CSV: one row per touchpoint with every figure, CI bounds, n and flags.")
            .WithTags(Tag);
        group.MapGet("/journeys/{code}.xlsx", Xlsx).WithName("ExportJourneyXlsx")
            .WithSummary("The journey scorecard as an Excel workbook: one row per touchpoint with every figure, CI bounds, n and flags.")
            .WithTags(Tag);
        return group;
    }

    private static Task<Results<PushStreamHttpResult, ProblemHttpResult>> Csv(string code, [AsParameters] ScoreParameters p,
        ScoreService scores, TimeProvider clock, CancellationToken ct) =>
        Export(code, p, scores, clock, "csv", "text/csv; charset=utf-8",
            (stream, card) => ScorecardExport.WriteCsvAsync(stream, card, ct), ct);

    private static Task<Results<PushStreamHttpResult, ProblemHttpResult>> Xlsx(string code, [AsParameters] ScoreParameters p,
        ScoreService scores, TimeProvider clock, CancellationToken ct) =>
        Export(code, p, scores, clock, "xlsx", XlsxType,
            (stream, card) => ScorecardExport.WriteXlsxAsync(stream, card, ct), ct);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Export(string code, ScoreParameters p,
        ScoreService scores, TimeProvider clock, string extension, string contentType,
        Func<Stream, JourneyScores, Task> write, CancellationToken ct)
    {
        if (!ScoresApi.TryParse(p, clock, out var query, out var error))
        {
            return ApiResults.BadRequest(error);
        }
        JourneyScores? card;
        try
        {
            card = await scores.JourneyScoresAsync(code, query, ct);
        }
        catch (ScoreQueryException e)
        {
            return ApiResults.BadRequest(e.Message);
        }
        if (card is null)
        {
            return ApiResults.NotFound("Journey", code);
        }

        return TypedResults.Stream(stream => write(stream, card), contentType,
            $"{card.Journey.Code}-{query.From:yyyy-MM-dd}-{query.To:yyyy-MM-dd}.{extension}");
    }
}
