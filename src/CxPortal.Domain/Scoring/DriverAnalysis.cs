namespace CxPortal.Domain.Scoring;

/// <summary>The matrix of a journey.</summary>
/// <param name="MedianImportance">Median over touchpoints with an importance; null when none has one.</param>
/// <param name="Drivers">One per input touchpoint, in input order.</param>
/// <param name="FixFirst">Codes of the fix-first touchpoints, highest importance first.</param>
public sealed record DriverAnalysis(double? MedianImportance, IReadOnlyList<DriverResult> Drivers, IReadOnlyList<string> FixFirst);
