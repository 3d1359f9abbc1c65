namespace CxPortal.Domain.Scoring;

/// <summary>A point value with its confidence interval; a bound is null where undefined (e.g. n = 1).</summary>
public sealed record Estimate(double Value, double? CiLow, double? CiHigh);
