namespace CxPortal.Web.Features.Journeys;

public sealed record JourneyDetails(
    string Code, string Name, string Description, IReadOnlyList<string> Steps, DateTime CreatedAt, DateTime UpdatedAt);
