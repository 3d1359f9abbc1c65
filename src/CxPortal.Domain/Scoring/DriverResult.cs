namespace CxPortal.Domain.Scoring;

/// <summary>A touchpoint's place in the importance × performance matrix (<see cref="DriverQuadrants"/>).</summary>
public sealed record DriverResult(string Code, double? Importance, double? Performance, string Quadrant);
