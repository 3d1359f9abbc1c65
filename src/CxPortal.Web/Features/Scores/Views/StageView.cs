namespace CxPortal.Web.Features.Scores;

/// <summary>A stage of the journey: weight-weighted mean of its touchpoints' S, and their responses.</summary>
public sealed record StageView(string Code, string Name, double? Score, long N);
