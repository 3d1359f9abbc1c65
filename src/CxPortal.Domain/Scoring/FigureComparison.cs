namespace CxPortal.Domain.Scoring;

/// <summary>
/// The four deltas between two response sets (current vs previous period, or a segment value vs
/// the rest = total.Minus(value)). A delta is null when either side lacks that figure.
/// </summary>
public sealed record FigureComparison(DeltaTest? Mean10, DeltaTest? Csat, DeltaTest? TopBox, DeltaTest? Nps)
{
    public static FigureComparison Compare(ScoreSet current, ScoreSet other, double confidence)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(other);
        return Compare(ScoreFigures.Compute(current, confidence), ScoreFigures.Compute(other, confidence), confidence);
    }

    public static FigureComparison Compare(ScoreFigures current, ScoreFigures other, double confidence)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(other);
        var a = current;
        var b = other;
        return new FigureComparison(
            a.Mean10 is null || b.Mean10 is null
                ? null
                : Significance.Welch(a.Mean10.Value, a.Mean10Sd, a.N, b.Mean10.Value, b.Mean10Sd, b.N, confidence),
            Significance.Proportions(a.Satisfied, a.CsatN, b.Satisfied, b.CsatN, confidence),
            Significance.Proportions(a.TopBoxCount, a.CsatN, b.TopBoxCount, b.CsatN, confidence),
            Significance.Nps(a.Promoters, a.Detractors, a.NpsN, b.Promoters, b.Detractors, b.NpsN, confidence));
    }
}
