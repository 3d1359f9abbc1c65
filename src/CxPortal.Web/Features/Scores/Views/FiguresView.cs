using CxPortal.Domain.Scoring;

namespace CxPortal.Web.Features.Scores;

/// <summary>
/// The relationship figures of a set of responses, each <c>{value, ciLow, ciHigh}</c> (null when its
/// own base is 0), with the counts behind them.
/// </summary>
public sealed record FiguresView(
    long N,
    Estimate? Mean10,
    Estimate? Csat,
    Estimate? TopBox,
    Estimate? Nps,
    long CsatN,
    long Satisfied,
    long TopBoxCount,
    long NpsN,
    long Promoters,
    long Passives,
    long Detractors,
    double? Mean10Sd,
    ChangeView? Change)
{
    public static FiguresView Of(ScoreFigures f, ChangeView? change = null) =>
        new(f.N, f.Mean10, f.Csat, f.TopBox, f.Nps, f.CsatN, f.Satisfied, f.TopBoxCount, f.NpsN, f.Promoters, f.Passives,
            f.Detractors, f.Mean10Sd, change);
}
