namespace CxPortal.Domain.Scoring;

/// <summary>A touchpoint's scores and flags within a journey.</summary>
/// <param name="N">Responses (0 when it has none).</param>
/// <param name="Score">S; null is "no data", never 0.</param>
/// <param name="Relationship">R = Mean10 of its responses.</param>
/// <param name="Operational">O = mean attainment of its metrics that have a value.</param>
/// <param name="Impact">Journey index without it − journey index; positive drags the journey down.
/// Null when it has no score or no index remains without it.</param>
/// <param name="Flags">Codes from <see cref="TouchpointFlags"/>, in that class's order.</param>
/// <param name="Tentative">Low sample: its other flags are tentative.</param>
public sealed record TouchpointResult(
    string Code,
    string Name,
    string StageCode,
    string Owner,
    double Weight,
    long N,
    double? Score,
    double? Relationship,
    double? Operational,
    ScoreFigures? Figures,
    IReadOnlyList<MetricResult> Metrics,
    double? Impact,
    IReadOnlyList<string> Flags,
    bool Tentative)
{
    public bool Has(string flag) => Flags.Contains(flag);

    public bool IsCriticalOrWeak => Has(TouchpointFlags.Critical) || Has(TouchpointFlags.Weak);
}
