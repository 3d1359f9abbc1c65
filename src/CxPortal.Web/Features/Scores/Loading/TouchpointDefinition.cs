using CxPortal.Data.ScoreCounts;

namespace CxPortal.Web.Features.Scores;

/// <summary>What scoring needs to know about a touchpoint, read once per request.</summary>
internal sealed record TouchpointDefinition(
    int Id,
    string Code,
    string Name,
    string StageCode,
    string StageName,
    int StagePosition,
    string Channel,
    string Owner,
    double Weight,
    double RelationshipWeight,
    IReadOnlyList<MetricRow> Metrics)
{
    public Subject Subject => Subject.Touchpoint(Id);
}
