namespace CxPortal.Domain.Scoring;

/// <summary>A journey's scores in a window.</summary>
/// <param name="Index">Weight-weighted mean of S over touchpoints with data; null when none (or all weights 0).</param>
/// <param name="Stages">In the order given, including stages without touchpoints (score null).</param>
/// <param name="Touchpoints">In journey order.</param>
/// <param name="WeakPoints">Codes of flagged touchpoints, by impact descending, then score ascending.</param>
public sealed record JourneyScorecard(
    double? Index,
    IReadOnlyList<StageScore> Stages,
    IReadOnlyList<TouchpointResult> Touchpoints,
    IReadOnlyList<string> WeakPoints,
    MaskingAlert Masking);
