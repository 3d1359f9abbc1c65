namespace CxPortal.Domain.Scoring;

/// <summary>A delta with its two-sided test. Only a significant delta gets an arrow.</summary>
/// <param name="Current">The figure now (or of the segment value).</param>
/// <param name="Previous">The figure of the previous period, or of the rest (total − segment value).</param>
/// <param name="Delta">Current − Previous, in the figure's own units (points).</param>
/// <param name="Statistic">z or Welch's t; null when the test is undefined (n &lt; 2, no variance...).</param>
/// <param name="PValue">Two-sided p-value; null with the statistic.</param>
/// <param name="CriticalValue">The |statistic| needed for significance at the chosen confidence.</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite df of a t-test; null for z-tests.</param>
/// <param name="Significant">|Statistic| ≥ CriticalValue; false whenever the test is undefined.</param>
public sealed record DeltaTest(
    double Current,
    double Previous,
    double Delta,
    double? Statistic,
    double? PValue,
    double? CriticalValue,
    double? DegreesOfFreedom,
    bool Significant);
