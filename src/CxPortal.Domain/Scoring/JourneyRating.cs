using CxPortal.Domain.Surveys;

namespace CxPortal.Domain.Scoring;

/// <summary>
/// A journey's overall rating beside its touchpoint pool, each with its own n. Both are computed
/// from raw counts (never an average of touchpoint averages), so a touchpoint with many responses
/// weighs as much as its responses do.
/// </summary>
/// <param name="Kind">The scale kind both sides were restricted to; null for all scales.</param>
/// <param name="Overall">Figures of the journey-level (overall) responses.</param>
/// <param name="Pool">Figures of all the journey's touchpoint responses.</param>
public sealed record JourneyRating(ScaleKind? Kind, ScoreFigures Overall, ScoreFigures Pool)
{
    /// <param name="overall">Journey-level responses.</param>
    /// <param name="pool">All responses of the journey's touchpoints, already added together (ScoreSet.Plus).</param>
    /// <param name="confidence">Confidence level of the intervals.</param>
    /// <param name="kind">Restrict both sides to one scale kind (the design compares "on that scale kind").</param>
    public static JourneyRating Compute(ScoreSet overall, ScoreSet pool, double confidence, ScaleKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(overall);
        ArgumentNullException.ThrowIfNull(pool);
        if (kind is { } k)
        {
            overall = overall.OfKind(k);
            pool = pool.OfKind(k);
        }

        return new JourneyRating(kind, ScoreFigures.Compute(overall, confidence), ScoreFigures.Compute(pool, confidence));
    }

    /// <summary>Pools touchpoint response sets by adding their counts.</summary>
    public static ScoreSet PoolOf(IEnumerable<ScoreSet> touchpointSets)
    {
        ArgumentNullException.ThrowIfNull(touchpointSets);
        return touchpointSets.Aggregate(new ScoreSet(), (sum, set) => sum.Plus(set));
    }
}
