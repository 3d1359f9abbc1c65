namespace CxPortal.Web.Features.Touchpoints;

/// <summary>A touchpoint as the API returns it: the contract's fields, plus display names and counts.</summary>
public sealed record TouchpointDetails(
    string Code,
    string Name,
    string Description,
    string Stage,
    string StageName,
    string Channel,
    string ChannelName,
    string Owner,
    bool Intentional,
    string OperationalPurpose,
    string RelationshipPurpose,
    string TrackingMode,
    double Weight,
    double RelationshipWeight,
    int Metrics,
    DateTime CreatedAt,
    DateTime UpdatedAt);
