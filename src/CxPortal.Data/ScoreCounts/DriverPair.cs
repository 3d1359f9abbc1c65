namespace CxPortal.Data.ScoreCounts;

/// <summary>One respondent's mean normalised rating of a touchpoint and of the journey overall (both 0–10).</summary>
public sealed record DriverPair(int TouchpointId, double Touchpoint, double Overall);
