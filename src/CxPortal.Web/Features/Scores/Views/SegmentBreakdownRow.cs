namespace CxPortal.Web.Features.Scores;

/// <summary>One value of a dimension for one touchpoint: its score S, flags and figures, with deltas vs the rest.</summary>
public sealed record SegmentBreakdownRow(
    string Value,
    long N,
    double? Score,
    IReadOnlyList<string> Flags,
    FiguresView Figures,
    ChangeView VsRest);
