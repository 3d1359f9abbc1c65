namespace CxPortal.Domain.Scoring;

/// <summary>One step of a journey, with everything measured about it in the window.</summary>
/// <param name="Code">Unique within the journey.</param>
/// <param name="StageCode">Must be one of the stages passed to the scorer.</param>
/// <param name="Weight">Importance in stage and journey roll-ups (≥ 0).</param>
/// <param name="RelationshipWeight">w in S = w·R + (1 − w)·O (0..1).</param>
/// <param name="Relationship">Figures of its responses; R is their Mean10. Null or N = 0 means no responses.</param>
/// <param name="Metrics">Its operational metrics over the window; O is the mean attainment of those with a value.</param>
public sealed record TouchpointInput(
    string Code,
    string Name,
    string StageCode,
    string Owner,
    double Weight,
    double RelationshipWeight,
    ScoreFigures? Relationship,
    IReadOnlyList<MetricResult> Metrics);
