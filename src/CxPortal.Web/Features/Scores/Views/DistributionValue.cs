namespace CxPortal.Web.Features.Scores;

/// <summary>How many responses gave one score.</summary>
/// <param name="Share">Percent of the scale's responses.</param>
/// <param name="Band">"top-box", "satisfied" (satisfied but not top box) or "below".</param>
/// <param name="NpsGroup">"promoter", "passive" or "detractor" on nps scales; null otherwise.</param>
public sealed record DistributionValue(int Score, string? Label, long Count, double? Share, string Band, string? NpsGroup);
