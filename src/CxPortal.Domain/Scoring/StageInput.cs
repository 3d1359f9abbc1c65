namespace CxPortal.Domain.Scoring;

/// <summary>A stage of the journey map, given in display order.</summary>
public sealed record StageInput(string Code, string Name);
