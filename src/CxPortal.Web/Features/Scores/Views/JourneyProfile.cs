namespace CxPortal.Web.Features.Scores;

/// <summary>GET /api/journeys/{code}/profile: the journey's respondents in the window, by level, and the shape.</summary>
/// <param name="Levels">Bottom to top: initial, loyalty, advocacy. Initial + loyalty = 100%.</param>
/// <param name="Shape">pyramid, inverted-pyramid, hourglass or hexagon; null without respondents.</param>
public sealed record JourneyProfile(
    CodeName Journey,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<SegmentSelection> Segments,
    long Respondents,
    IReadOnlyList<ProfileLevel> Levels,
    string? Shape);
