namespace CxPortal.Web.Features.Scores;

/// <summary>GET /api/journeys/{code}/compare?dimension=...: every value of the dimension that has responses in the window.</summary>
/// <param name="Touchpoints">The heatmap's rows, in journey order.</param>
public sealed record JourneyComparison(
    CodeName Journey,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<SegmentSelection> Segments,
    double Confidence,
    CodeName Dimension,
    ComparisonTotal Total,
    IReadOnlyList<CodeName> Touchpoints,
    IReadOnlyList<SegmentValueView> Values);
