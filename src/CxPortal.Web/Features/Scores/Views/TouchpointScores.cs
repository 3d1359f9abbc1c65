using CxPortal.Domain.Scoring;

namespace CxPortal.Web.Features.Scores;

/// <summary>
/// A touchpoint on its own (GET /api/touchpoints/{code}/scores). Flags here are the touchpoint's own
/// (critical, weak, missed-target, negative-nps, low-sample); lagging and impact need a journey.
/// </summary>
public sealed record TouchpointScores(
    TouchpointRef Touchpoint,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<SegmentSelection> Segments,
    double Confidence,
    Granularity Granularity,
    long N,
    double? Score,
    double? Relationship,
    double? Operational,
    Estimate? Mean10,
    Estimate? Csat,
    Estimate? TopBox,
    Estimate? Nps,
    FiguresView Figures,
    IReadOnlyList<string> Flags,
    bool Tentative,
    ChangeView Change,
    PreviousWindowView Previous,
    IReadOnlyList<TrendPoint> Trend,
    IReadOnlyList<ScaleDistribution> Distribution,
    IReadOnlyList<MetricView> Metrics,
    IReadOnlyList<CommentView> Comments);
