namespace CxPortal.Domain.Scoring;

/// <summary>Operational attainment: 10·clamp((v − worst)/(target − worst), 0, 1).</summary>
public static class Attainment
{
    /// <summary>
    /// Scores a metric from the values of its measurements whose period overlaps the window
    /// (each measurement counts once, whatever its length). Throws on an invalid definition.
    /// </summary>
    public static MetricResult Compute(MetricDefinition metric, IReadOnlyList<double> valuesOverlappingWindow)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(valuesOverlappingWindow);
        if (metric.Validate() is { } error)
        {
            throw new ArgumentException($"Metric '{metric.Code}': {error}", nameof(metric));
        }

        if (valuesOverlappingWindow.Count == 0)
        {
            return new MetricResult(metric.Code, null, null, false);
        }

        if (valuesOverlappingWindow.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException($"Metric '{metric.Code}' has a value that is not a finite number.");
        }

        double v = valuesOverlappingWindow.Average();

        // The same expression serves both directions: for lower-is-better both numerator and
        // denominator are negative while v is between target and worst.
        double attainment = 10 * Math.Clamp((v - metric.Worst) / (metric.Target - metric.Worst), 0, 1);
        return new MetricResult(metric.Code, v, attainment, metric.Misses(v));
    }

    /// <summary>True when a measurement period (inclusive) overlaps the window (inclusive).</summary>
    public static bool Overlaps(DateOnly periodStart, DateOnly periodEnd, DateOnly from, DateOnly to) =>
        periodStart <= to && periodEnd >= from;
}
