namespace CxPortal.Web.Features.Scores;

/// <summary>A touchpoint split by the values of one segment dimension, each compared with the rest.</summary>
/// <param name="N">Every response of the touchpoint in the window and filter.</param>
public sealed record TouchpointBreakdown(
    CodeName Touchpoint,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<SegmentSelection> Segments,
    double Confidence,
    CodeName Dimension,
    long N,
    IReadOnlyList<SegmentBreakdownRow> Values);
