namespace CxPortal.Domain.Scoring;

/// <summary>A metric over a window.</summary>
/// <param name="Code">The metric's code.</param>
/// <param name="Value">Mean of the measurements overlapping the window; null when there are none.</param>
/// <param name="Attainment">0–10; null when there is no value ("no data", never 0).</param>
/// <param name="MissedTarget">The value is worse than the target in the metric's direction.</param>
public sealed record MetricResult(string Code, double? Value, double? Attainment, bool MissedTarget);
