namespace CxPortal.Web.Features.Scores;

public sealed record TouchpointRef(string Code, string Name, string Stage, string StageName, string Channel, string Owner,
    double RelationshipWeight);
