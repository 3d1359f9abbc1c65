using CxPortal.Domain.Scoring;

namespace CxPortal.Web.Features.Scores;

/// <summary>
/// Change against a baseline (the previous window of equal length, or the rest of the responses),
/// each figure with its two-sided test; only <c>significant: true</c> deserves an arrow. A figure is
/// null when either side has no responses for it.
/// </summary>
public sealed record ChangeView(ScoreDelta? Score, DeltaTest? Mean10, DeltaTest? Csat, DeltaTest? TopBox, DeltaTest? Nps)
{
    public static ChangeView Of(FigureComparison comparison, ScoreDelta? score = null) =>
        new(score, comparison.Mean10, comparison.Csat, comparison.TopBox, comparison.Nps);

    public static ScoreDelta? Delta(double? current, double? previous) =>
        current is { } c && previous is { } p ? new ScoreDelta(c, p, c - p) : null;
}
