using System.Globalization;
using CxPortal.Domain.Settings;

namespace CxPortal.Domain.Scoring;

/// <summary>Rolls touchpoint scores up into a journey scorecard without letting the index hide a bad touchpoint.</summary>
public static class JourneyScorer
{
    /// <summary>
    /// Absorbs floating-point noise at the thresholds, so e.g. S = 4 computed as 3.9999999999999996
    /// is not critical and S exactly at index − gap is lagging.
    /// </summary>
    public const double Tolerance = 1e-9;

    public static JourneyScorecard Score(
        IReadOnlyList<StageInput> stages,
        IReadOnlyList<TouchpointInput> touchpoints,
        ScoringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(touchpoints);
        ArgumentNullException.ThrowIfNull(settings);
        Validate(stages, touchpoints);

        var scored = touchpoints.Select(t => Measure(t)).ToList();
        double? index = WeightedMean(scored.Select(s => (s.Input.Weight, s.Score)));

        var results = scored.Select((s, i) => Result(s, Impact(scored, i, index), index, settings)).ToList();

        var stageScores = stages
            .Select(stage =>
            {
                var members = scored.Where(s => s.Input.StageCode == stage.Code).ToList();
                return new StageScore(
                    stage.Code,
                    stage.Name,
                    WeightedMean(members.Select(s => (s.Input.Weight, s.Score))),
                    members.Sum(s => s.N));
            })
            .ToList();

        var weakPoints = results
            .Select((r, order) => (Result: r, Order: order))
            .Where(x => x.Result.Flags.Any(TouchpointFlags.WeakPointFlags.Contains))
            .OrderBy(x => x.Result, WeakPointOrder.Instance)
            .ThenBy(x => x.Order)
            .Select(x => x.Result.Code)
            .ToList();

        return new JourneyScorecard(index, stageScores, results, weakPoints, Masking(index, results, settings));
    }

    /// <summary>Weight-weighted mean over the items that have a score; null when none or their weights sum to 0.</summary>
    public static double? WeightedMean(IEnumerable<(double Weight, double? Score)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        double weights = 0, sum = 0;
        foreach (var (weight, score) in items)
        {
            if (score is { } s)
            {
                weights += weight;
                sum += weight * s;
            }
        }

        return weights > 0 ? sum / weights : null;
    }

    private static Measured Measure(TouchpointInput t)
    {
        var figures = t.Relationship is { N: > 0 } f ? f : null;
        double? r = figures?.Mean10?.Value;
        var attainments = t.Metrics.Where(m => m.Attainment is not null).Select(m => m.Attainment!.Value).ToList();
        double? o = attainments.Count > 0 ? attainments.Average() : null;
        return new Measured(t, figures, figures?.N ?? 0, r, o, TouchpointScore.Combine(r, o, t.RelationshipWeight));
    }

    private static double? Impact(List<Measured> scored, int at, double? index)
    {
        if (scored[at].Score is null || index is null)
        {
            return null;
        }

        var without = WeightedMean(scored.Where((_, i) => i != at).Select(s => (s.Input.Weight, s.Score)));
        return without - index;
    }

    private static TouchpointResult Result(Measured s, double? impact, double? index, ScoringSettings settings)
    {
        var flags = new List<string>();
        if (s.Score is { } score)
        {
            if (score < settings.CriticalBelow - Tolerance)
            {
                flags.Add(TouchpointFlags.Critical);
            }
            else if (score < settings.WeakBelow - Tolerance)
            {
                flags.Add(TouchpointFlags.Weak);
            }

            if (index is { } i && score <= i - settings.LaggingGap + Tolerance)
            {
                flags.Add(TouchpointFlags.Lagging);
            }
        }

        if (s.Input.Metrics.Any(m => m.MissedTarget))
        {
            flags.Add(TouchpointFlags.MissedTarget);
        }

        if (s.Figures?.Nps?.Value < 0)
        {
            flags.Add(TouchpointFlags.NegativeNps);
        }

        bool lowSample = s.N > 0 && s.N < settings.LowSampleBelow;
        if (lowSample)
        {
            flags.Add(TouchpointFlags.LowSample);
        }

        var t = s.Input;
        return new TouchpointResult(
            t.Code, t.Name, t.StageCode, t.Owner, t.Weight, s.N, s.Score, s.Relationship, s.Operational,
            s.Figures, t.Metrics, impact, flags, lowSample);
    }

    private static MaskingAlert Masking(double? index, List<TouchpointResult> results, ScoringSettings settings)
    {
        var masked = results.Where(r => r.IsCriticalOrWeak).ToList();
        if (index is not { } i || i < settings.MaskingIndexMin - Tolerance || masked.Count == 0)
        {
            return MaskingAlert.None;
        }

        var names = string.Join(", ", masked.Select(r => r.Tentative
            ? string.Create(CultureInfo.InvariantCulture, $"{r.Name} ({r.Score:0.0}, low sample)")
            : string.Create(CultureInfo.InvariantCulture, $"{r.Name} ({r.Score:0.0})")));
        var verb = masked.Count == 1 ? "touchpoint is" : "touchpoints are";
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Journey index {i:0.0} looks healthy, but {masked.Count} {verb} critical or weak: {names}.");
        return new MaskingAlert(true, message, masked.Select(r => r.Code).ToList());
    }

    private static void Validate(IReadOnlyList<StageInput> stages, IReadOnlyList<TouchpointInput> touchpoints)
    {
        var stageCodes = stages.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in touchpoints)
        {
            if (!seen.Add(t.Code))
            {
                throw new ArgumentException($"Touchpoint '{t.Code}' appears twice in the journey.", nameof(touchpoints));
            }

            if (!stageCodes.Contains(t.StageCode))
            {
                throw new ArgumentException($"Touchpoint '{t.Code}' is in unknown stage '{t.StageCode}'.", nameof(touchpoints));
            }

            if (!(t.Weight >= 0) || double.IsInfinity(t.Weight))
            {
                throw new ArgumentException($"Touchpoint '{t.Code}' has weight {t.Weight}; weights must be ≥ 0.", nameof(touchpoints));
            }

            ArgumentNullException.ThrowIfNull(t.Metrics);
        }
    }

    private sealed record Measured(
        TouchpointInput Input, ScoreFigures? Figures, long N, double? Relationship, double? Operational, double? Score);

    /// <summary>Impact descending (none last), ties (within tolerance) by score ascending (none last).</summary>
    private sealed class WeakPointOrder : IComparer<TouchpointResult>
    {
        public static readonly WeakPointOrder Instance = new();

        public int Compare(TouchpointResult? x, TouchpointResult? y)
        {
            int byImpact = NullsLast(x!.Impact, y!.Impact, descending: true);
            return byImpact != 0 ? byImpact : NullsLast(x.Score, y.Score, descending: false);
        }

        private static int NullsLast(double? a, double? b, bool descending) => (a, b) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } p, { } q) when Math.Abs(p - q) <= Tolerance => 0,
            ({ } p, { } q) => descending ? q.CompareTo(p) : p.CompareTo(q),
        };
    }
}
