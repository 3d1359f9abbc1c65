namespace CxPortal.Domain.Scoring;

/// <summary>A touchpoint's importance (from <see cref="KeyDrivers.Importance"/>) and performance S.</summary>
public sealed record DriverInput(string Code, double? Importance, double? Performance);
