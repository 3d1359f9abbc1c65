using CxPortal.Web.Features.Scores;

namespace CxPortal.Bench;

/// <summary>Proves the product's figures and the raw aggregate's are the same numbers before either is timed.</summary>
public static class ReadChecks
{
    private const double Tolerance = 1e-9;

    public static void Scorecard(JourneyScores card, IReadOnlyList<RawAggregates.Group> raw, IReadOnlyDictionary<int, string> touchpoints)
    {
        var expected = raw.ToDictionary(g => g.Key);
        foreach (var (id, code) in touchpoints)
        {
            var view = card.Touchpoints.Single(t => t.Code == code);
            Same($"scorecard {code}", expected.GetValueOrDefault($"t{id}:now"), view.N, view.Mean10?.Value);
        }
    }

    public static void Trend(TouchpointScores scores, IReadOnlyList<RawAggregates.Group> raw)
    {
        var expected = raw.ToDictionary(g => g.Key);
        foreach (var point in scores.Trend)
        {
            Same($"trend week {point.From:yyyy-MM-dd}", expected.GetValueOrDefault(point.From.ToString("yyyy-MM-dd")), point.N, point.Mean10?.Value);
        }
        Same("trend window", Sum(raw.Where(g => g.Key != "before")), scores.N, scores.Mean10?.Value);
    }

    public static void Comparison(JourneyComparison comparison, IReadOnlyList<RawAggregates.Group> raw,
        IReadOnlyDictionary<int, string> touchpoints, IReadOnlyDictionary<string, int> values)
    {
        var expected = raw.ToDictionary(g => g.Key);
        if (comparison.Values.Count != values.Count)
        {
            throw new InvalidOperationException($"comparison lists {comparison.Values.Count} values, expected {values.Count}");
        }
        foreach (var value in comparison.Values)
        {
            foreach (var (id, code) in touchpoints)
            {
                var cell = value.Touchpoints.Single(c => c.Code == code);
                Same($"comparison {value.Value} {code}", expected.GetValueOrDefault($"{values[value.Value]}:t{id}"), cell.N, cell.Mean10?.Value);
            }
        }
    }

    private static RawAggregates.Group? Sum(IEnumerable<RawAggregates.Group> groups)
    {
        var list = groups.ToList();
        var n = list.Sum(g => g.N);
        return n == 0 ? null : new RawAggregates.Group("sum", n, list.Sum(g => g.Mean10 * g.N) / n);
    }

    private static void Same(string what, RawAggregates.Group? raw, long n, double? mean10)
    {
        var rawN = raw?.N ?? 0;
        if (rawN != n || (raw is not null && (mean10 is null || Math.Abs(raw.Mean10 - mean10.Value) > Tolerance * 10)))
        {
            throw new InvalidOperationException(
                $"{what}: product n={n} mean10={mean10}, raw aggregate n={rawN} mean10={raw?.Mean10}");
        }
    }
}
