namespace CxPortal.Domain.Journeys;

/// <summary>A named, ordered sequence of touchpoints.</summary>
public sealed class Journey
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public List<JourneyStep> Steps { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
