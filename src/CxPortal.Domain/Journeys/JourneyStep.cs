using CxPortal.Domain.Touchpoints;

namespace CxPortal.Domain.Journeys;

/// <summary>A touchpoint at a position (0-based) in a journey.</summary>
public sealed class JourneyStep
{
    public int JourneyId { get; set; }
    public Journey Journey { get; set; } = null!;
    public int Position { get; set; }
    public int TouchpointId { get; set; }
    public Touchpoint Touchpoint { get; set; } = null!;
}
