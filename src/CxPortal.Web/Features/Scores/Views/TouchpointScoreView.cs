using CxPortal.Domain.Scoring;

namespace CxPortal.Web.Features.Scores;

/// <summary>One touchpoint of a journey scorecard, in journey order.</summary>
/// <param name="Stage">The stage code.</param>
/// <param name="Score">S = w·R + (1 − w)·O; null is "no data".</param>
/// <param name="Impact">Journey index without it − journey index; positive drags the journey down.</param>
/// <param name="Tentative">Low sample: its other flags are tentative.</param>
/// <param name="Change">Against the previous window of equal length.</param>
public sealed record TouchpointScoreView(
    string Code,
    string Name,
    string Stage,
    string StageName,
    string Owner,
    double Weight,
    double RelationshipWeight,
    long N,
    double? Score,
    double? Relationship,
    double? Operational,
    Estimate? Mean10,
    Estimate? Csat,
    Estimate? TopBox,
    Estimate? Nps,
    long CsatN,
    long NpsN,
    double? Impact,
    IReadOnlyList<string> Flags,
    bool Tentative,
    IReadOnlyList<MetricView> Metrics,
    ChangeView Change);
