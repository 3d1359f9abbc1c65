namespace CxPortal.Web.Features.Touchpoints;

public sealed record TouchpointRow(
    string Code, string Name, string Stage, int StagePosition, string Channel, string Owner, bool Intentional,
    string TrackingMode, double Weight, double RelationshipWeight);
