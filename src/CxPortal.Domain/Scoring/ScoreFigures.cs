namespace CxPortal.Domain.Scoring;

/// <summary>
/// Every relationship figure of a set of responses, with the counts behind each. A figure whose
/// n is 0 is null ("no data"), never 0.
/// </summary>
/// <param name="N">All responses, every scale.</param>
/// <param name="Mean10">Mean of normalised scores, all scales pooled; CI mean ± z·s/√n clipped to 0–10.</param>
/// <param name="Mean10Sd">Sample SD (n − 1) of the normalised scores; null when N &lt; 2.</param>
/// <param name="CsatN">Responses on non-nps scales (the base of CSAT and top-box).</param>
/// <param name="Satisfied">Non-nps responses at or above their own scale's SatisfiedMin.</param>
/// <param name="Csat">100·Satisfied/CsatN with the Wilson interval.</param>
/// <param name="TopBoxCount">Non-nps responses at or above their own scale's TopBoxMin.</param>
/// <param name="TopBox">100·TopBoxCount/CsatN with the Wilson interval.</param>
/// <param name="NpsN">Responses on nps-kind scales.</param>
/// <param name="Nps">100·(Promoters − Detractors)/NpsN with the adjusted-Wald interval.</param>
/// <param name="Confidence">The confidence level of every interval here.</param>
public sealed record ScoreFigures(
    long N,
    Estimate? Mean10,
    double? Mean10Sd,
    long CsatN,
    long Satisfied,
    Estimate? Csat,
    long TopBoxCount,
    Estimate? TopBox,
    long NpsN,
    long Promoters,
    long Passives,
    long Detractors,
    Estimate? Nps,
    double Confidence)
{
    /// <summary>
    /// Computes every figure from raw counts. Always returns a record (so N = 0 can be shown
    /// with its n); each estimate is null when its own n is 0.
    /// </summary>
    public static ScoreFigures Compute(ScoreSet set, double confidence)
    {
        ArgumentNullException.ThrowIfNull(set);
        double z = Scoring.Confidence.Z(confidence);

        long n = 0, csatN = 0, satisfied = 0, topBox = 0, npsN = 0, promoters = 0, detractors = 0;
        double sum = 0;
        foreach (var h in set.Histograms)
        {
            n += h.N;
            sum += h.SumNormalised;
            if (h.Scale.Kind == Surveys.ScaleKind.Nps)
            {
                npsN += h.N;
                promoters += h.Promoters;
                detractors += h.Detractors;
            }
            else
            {
                csatN += h.N;
                satisfied += h.Satisfied;
                topBox += h.TopBox;
            }
        }

        Estimate? mean10 = null;
        double? sd = null;
        if (n > 0)
        {
            double mean = sum / n;
            if (n > 1)
            {
                sd = Math.Sqrt(set.Histograms.Sum(h => h.SumSquaredDeviations(mean)) / (n - 1));
            }

            var ci = Intervals.MeanCi(mean, sd ?? 0, n, z);

            // A bound outside 0–10 is impossible for a mean of 0–10 scores: clip like the NPS interval.
            mean10 = ci with
            {
                CiLow = ci.CiLow is { } lo ? Math.Max(0, lo) : null,
                CiHigh = ci.CiHigh is { } hi ? Math.Min(10, hi) : null,
            };
        }

        return new ScoreFigures(
            n,
            mean10,
            sd,
            csatN,
            satisfied,
            Intervals.Wilson(satisfied, csatN, z),
            topBox,
            Intervals.Wilson(topBox, csatN, z),
            npsN,
            promoters,
            npsN - promoters - detractors,
            detractors,
            Intervals.AdjustedWaldNps(promoters, detractors, npsN, z),
            confidence);
    }
}
