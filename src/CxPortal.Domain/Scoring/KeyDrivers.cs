namespace CxPortal.Domain.Scoring;

/// <summary>Which touchpoints drive the journey's overall rating, and which to fix first.</summary>
public static class KeyDrivers
{
    /// <summary>Fewer paired respondents than this is "not enough data".</summary>
    public const int MinimumPairs = 30;

    /// <summary>
    /// Pearson r between respondents' touchpoint rating and their overall rating, one pair per
    /// respondent who rated both (the caller averages a respondent's normalised ratings first).
    /// Null when fewer than <see cref="MinimumPairs"/> pairs or either side has no variance.
    /// </summary>
    public static double? Importance(IReadOnlyList<(double Touchpoint, double Overall)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count < MinimumPairs)
        {
            return null;
        }

        double meanX = pairs.Average(p => p.Touchpoint), meanY = pairs.Average(p => p.Overall);
        double sxy = 0, sxx = 0, syy = 0;
        foreach (var (x, y) in pairs)
        {
            sxy += (x - meanX) * (y - meanY);
            sxx += (x - meanX) * (x - meanX);
            syy += (y - meanY) * (y - meanY);
        }

        if (sxx <= 0 || syy <= 0)
        {
            return null;
        }

        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }

    /// <summary>
    /// Places each touchpoint in the matrix. Important = importance strictly above the median of the
    /// touchpoints that have one; under-performing = S below <paramref name="weakBelow"/> or below the
    /// journey index (the design's "fix first" rule, applied to both halves).
    /// </summary>
    public static DriverAnalysis Classify(IReadOnlyList<DriverInput> touchpoints, double? journeyIndex, double weakBelow)
    {
        ArgumentNullException.ThrowIfNull(touchpoints);
        var known = touchpoints.Where(t => t.Importance is not null && t.Performance is not null).ToList();
        double? median = Median(known.Select(t => t.Importance!.Value).ToList());

        var drivers = touchpoints.Select(t =>
        {
            if (t.Importance is not { } importance || t.Performance is not { } performance || median is not { } m)
            {
                return new DriverResult(t.Code, t.Importance, t.Performance, DriverQuadrants.NotEnoughData);
            }

            bool important = importance > m + JourneyScorer.Tolerance;
            bool under = performance < weakBelow - JourneyScorer.Tolerance
                || (journeyIndex is { } index && performance < index - JourneyScorer.Tolerance);
            string quadrant = (important, under) switch
            {
                (true, true) => DriverQuadrants.FixFirst,
                (true, false) => DriverQuadrants.KeepUp,
                (false, true) => DriverQuadrants.LowPriority,
                (false, false) => DriverQuadrants.PossibleOverkill,
            };
            return new DriverResult(t.Code, importance, performance, quadrant);
        }).ToList();

        var fixFirst = drivers
            .Where(d => d.Quadrant == DriverQuadrants.FixFirst)
            .OrderByDescending(d => d.Importance)
            .ThenBy(d => d.Performance)
            .Select(d => d.Code)
            .ToList();
        return new DriverAnalysis(median, drivers, fixFirst);
    }

    private static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        int mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
