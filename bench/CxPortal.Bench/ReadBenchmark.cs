using CxPortal.Data;
using CxPortal.Domain.Scoring;
using CxPortal.Web.Features.Scores;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Bench;

/// <summary>
/// (b) The journey scorecard (with and without a segment filter), the touchpoint trend and the comparison
/// view for a 90-day window: through the product's own services (count store), and as one raw SQL
/// aggregate over the responses table. Before timing, every n and mean of the product is checked
/// against the raw aggregate, so both sides provably compute the same figures.
/// </summary>
public sealed class ReadBenchmark(BenchDatabase database, int productRuns, int rawRuns)
{
    public const double TargetRatio = 100;
    public const double TargetScorecardP50 = 25;
    private const string Dimension = "region";
    private const string Value = "EMEA";

    public sealed record Result(string View, Latency Product, Latency Raw)
    {
        public double Ratio => Raw.P50 / Product.P50;
    }

    public async Task<IReadOnlyList<Result>> RunAsync(CancellationToken ct)
    {
        var to = Dataset.LastDay;
        var from = to.AddDays(1 - ScoreQuery.DefaultDays);
        var previousFrom = Periods.Previous(from, to).From;
        var journeyCode = Dataset.JourneyCode(0);
        var touchpointCode = Dataset.TouchpointCode(0);
        var plain = new ScoreQuery(from, to, []);
        var filtered = new ScoreQuery(from, to, [new SegmentSelection(Dimension, Value)]);

        int journeyId, touchpointId, dimensionId;
        int[] touchpointIds;
        Dictionary<int, string> touchpointCodes;
        Dictionary<string, int> values;
        await using (var db = await database.Contexts.CreateDbContextAsync(ct))
        {
            journeyId = await db.Journeys.Where(j => j.Code == journeyCode).Select(j => j.Id).SingleAsync(ct);
            touchpointCodes = await db.JourneySteps.Where(s => s.JourneyId == journeyId)
                .Select(s => new { s.TouchpointId, s.Touchpoint.Code })
                .ToDictionaryAsync(s => s.TouchpointId, s => s.Code, ct);
            touchpointIds = touchpointCodes.Keys.ToArray();
            touchpointId = await db.Touchpoints.Where(t => t.Code == touchpointCode).Select(t => t.Id).SingleAsync(ct);
            dimensionId = await db.SegmentDimensions.Where(d => d.Code == Dimension).Select(d => d.Id).SingleAsync(ct);
            values = await db.SegmentValues.Where(v => v.DimensionId == dimensionId).ToDictionaryAsync(v => v.Value, v => v.Id, ct);
        }

        var scores = new ScoreService(database.Contexts);
        var touchpoints = new TouchpointScoreService(database.Contexts);
        var comparisons = new ComparisonService(database.Contexts);
        await using var connection = await database.OpenAsync(ct);
        var raw = new RawAggregates(connection);

        Task<JourneyScores?> Scorecard(ScoreQuery q) => scores.JourneyScoresAsync(journeyCode, q, ct);
        Task<TouchpointScores?> Trend() => touchpoints.TouchpointScoresAsync(touchpointCode, plain, Granularity.Week, ct);
        Task<JourneyComparison?> Compare() => comparisons.CompareAsync(journeyCode, Dimension, plain, ct);
        Task<List<RawAggregates.Group>> RawScorecard(int? value) =>
            raw.ScorecardAsync(journeyId, touchpointIds, from, to, previousFrom, value is null ? null : dimensionId, value, ct);
        Task<List<RawAggregates.Group>> RawTrend() => raw.TrendAsync(touchpointId, from, to, previousFrom, ct);
        Task<List<RawAggregates.Group>> RawCompare() => raw.ComparisonAsync(journeyId, touchpointIds, dimensionId, from, to, ct);

        ReadChecks.Scorecard((await Scorecard(plain))!, await RawScorecard(null), touchpointCodes);
        ReadChecks.Scorecard((await Scorecard(filtered))!, await RawScorecard(values[Value]), touchpointCodes);
        ReadChecks.Trend((await Trend())!, await RawTrend());
        ReadChecks.Comparison((await Compare())!, await RawCompare(), touchpointCodes, values);
        Console.WriteLine("   product figures equal the raw aggregates (n and mean per touchpoint, week and segment value)");

        var results = new List<Result>
        {
            await MeasureAsync("journey scorecard, 90 days", () => Scorecard(plain), () => RawScorecard(null)),
            await MeasureAsync($"journey scorecard, 90 days, {Dimension}:{Value}", () => Scorecard(filtered), () => RawScorecard(values[Value])),
            await MeasureAsync("touchpoint trend, 90 days by week", Trend, RawTrend),
            await MeasureAsync($"comparison by {Dimension}, 90 days", Compare, RawCompare),
        };
        return results;
    }

    private async Task<Result> MeasureAsync(string view, Func<Task> product, Func<Task> raw)
    {
        var p = await Latency.MeasureAsync(product, warmups: 3, productRuns);
        var r = await Latency.MeasureAsync(raw, warmups: 1, rawRuns);
        Console.WriteLine($"   {view}: product p50 {p.P50:N2} ms, raw p50 {r.P50:N1} ms");
        return new Result(view, p, r);
    }

    public static void Write(Report report, IReadOnlyList<Result> results, long rows)
    {
        report.Line("### (b) Score reads: product services vs one raw SQL aggregate");
        report.Line();
        report.Table(["view", "product p50 ms", "product p95 ms", "raw p50 ms", "raw p95 ms", "raw/product (p50)"],
            results.Select(r => (IReadOnlyList<string>)
                [r.View, Report.Ms(r.Product.P50), Report.Ms(r.Product.P95), Report.Ms(r.Raw.P50), Report.Ms(r.Raw.P95), Report.Ratio(r.Ratio)]));
        var scorecard = results[0];
        var slowest = results.MinBy(r => r.Ratio)!;
        report.Line($"Scorecard p50 {Report.Ms(scorecard.Product.P50)} ms (target ≤ {TargetScorecardP50} ms: " +
                    $"{Report.Verdict(scorecard.Product.P50 <= TargetScorecardP50)}). Smallest ratio {Report.Ratio(slowest.Ratio)} " +
                    $"({slowest.View}; target ≥ {TargetRatio}× at 10M: " +
                    (rows >= 10_000_000 ? Report.Verdict(slowest.Ratio >= TargetRatio) : "not applicable at this size") + ").");
        report.Line();
    }
}
