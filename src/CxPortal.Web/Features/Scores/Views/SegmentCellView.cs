using CxPortal.Domain.Scoring;

namespace CxPortal.Web.Features.Scores;

/// <summary>One touchpoint × segment value cell of the heatmap: the value's figures and their deltas vs the rest.</summary>
public sealed record SegmentCellView(
    string Code,
    long N,
    double? Score,
    Estimate? Mean10,
    Estimate? Csat,
    Estimate? TopBox,
    Estimate? Nps,
    IReadOnlyList<string> Flags,
    ChangeView VsRest);
