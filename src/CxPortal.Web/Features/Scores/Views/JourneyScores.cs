namespace CxPortal.Web.Features.Scores;

/// <summary>
/// A journey scorecard (GET /api/journeys/{code}/scores). <see cref="Overall"/> is the journey-level
/// rating, <see cref="TouchpointPool"/> every touchpoint response of the journey; both from raw counts.
/// </summary>
/// <param name="WeakPoints">Flagged touchpoint codes, by impact, worst first.</param>
public sealed record JourneyScores(
    CodeName Journey,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<SegmentSelection> Segments,
    double Confidence,
    double? Index,
    FiguresView Overall,
    FiguresView TouchpointPool,
    MaskingView Masking,
    IReadOnlyList<StageView> Stages,
    IReadOnlyList<TouchpointScoreView> Touchpoints,
    IReadOnlyList<string> WeakPoints,
    PreviousWindowView Previous);
