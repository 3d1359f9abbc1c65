namespace CxPortal.Domain.Scoring;

/// <summary>A stage within a journey: weight-weighted mean of its touchpoints' S, and its responses.</summary>
public sealed record StageScore(string Code, string Name, double? Score, long N);
