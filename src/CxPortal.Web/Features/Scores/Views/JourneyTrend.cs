using CxPortal.Domain.Scoring;

namespace CxPortal.Web.Features.Scores;

/// <summary>A journey per week, month or quarter of the window (every bucket listed, empty ones too).</summary>
public sealed record JourneyTrend(
    CodeName Journey,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<SegmentSelection> Segments,
    Granularity Granularity,
    IReadOnlyList<JourneyTrendPoint> Points);
