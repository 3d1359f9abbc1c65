namespace CxPortal.Web.Features.Scores;

/// <summary>
/// One value of the compared dimension: its journey index, overall rating and touchpoint pool, each
/// with deltas vs the rest (every response of the journey in the window without this value), and one
/// heatmap cell per touchpoint.
/// </summary>
public sealed record SegmentValueView(
    string Value,
    long N,
    double? Index,
    ScoreDelta? IndexVsRest,
    FiguresView Overall,
    ChangeView OverallVsRest,
    FiguresView TouchpointPool,
    ChangeView TouchpointPoolVsRest,
    IReadOnlyList<SegmentCellView> Touchpoints);
