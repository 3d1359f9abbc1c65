using MathNet.Numerics.Distributions;

namespace CxPortal.Domain.Scoring;

/// <summary>
/// Two-sided tests of a delta: period vs previous period, or segment value vs the rest.
/// Each returns null when a side has no responses (no delta to show), and a test with a null
/// statistic (never significant) when the delta exists but the test is undefined: either side has
/// n &lt; 2, or there is no variance to test against.
/// </summary>
public static class Significance
{
    /// <summary>
    /// Two-proportion z-test with the pooled proportion, for CSAT and top-box. Values in percent,
    /// the delta in percentage points. Significant when |z| ≥ <see cref="Confidence.Z"/>.
    /// </summary>
    public static DeltaTest? Proportions(long k1, long n1, long k2, long n2, double confidence)
    {
        ValidateProportion(k1, n1);
        ValidateProportion(k2, n2);
        double critical = Confidence.Z(confidence);
        if (n1 == 0 || n2 == 0)
        {
            return null;
        }

        double p1 = (double)k1 / n1, p2 = (double)k2 / n2;
        double pooled = (double)(k1 + k2) / (n1 + n2);
        double se = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2)));
        return ZTest(100 * p1, 100 * p2, n1, n2, se > 0 ? (p1 - p2) / se : null, critical);
    }

    /// <summary>
    /// NPS delta: z = ΔNPS / √(SE₁² + SE₂²) with the adjusted-Wald SEs in NPS points. The delta is
    /// of the plain NPS values. Significant when |z| ≥ <see cref="Confidence.Z"/>.
    /// </summary>
    public static DeltaTest? Nps(
        long promoters1, long detractors1, long n1, long promoters2, long detractors2, long n2, double confidence)
    {
        double critical = Confidence.Z(confidence);
        double se1 = Intervals.AdjustedWaldNpsSe(promoters1, detractors1, n1);
        double se2 = Intervals.AdjustedWaldNpsSe(promoters2, detractors2, n2);
        if (n1 == 0 || n2 == 0)
        {
            return null;
        }

        double nps1 = 100.0 * (promoters1 - detractors1) / n1;
        double nps2 = 100.0 * (promoters2 - detractors2) / n2;

        // The adjusted SE is always > 0 (the ¾ keeps p' and d' off 0 and 1).
        return ZTest(nps1, nps2, n1, n2, (nps1 - nps2) / Math.Sqrt((se1 * se1) + (se2 * se2)), critical);
    }

    /// <summary>
    /// Welch's t-test of two means (Mean10) with Welch–Satterthwaite degrees of freedom; significant
    /// when |t| ≥ the Student-t quantile at that df. Undefined when a side has n &lt; 2 or both SDs are 0.
    /// </summary>
    public static DeltaTest? Welch(
        double mean1, double? sd1, long n1, double mean2, double? sd2, long n2, double confidence)
    {
        Confidence.Validate(confidence);
        ArgumentOutOfRangeException.ThrowIfNegative(n1);
        ArgumentOutOfRangeException.ThrowIfNegative(n2);
        if (n1 == 0 || n2 == 0)
        {
            return null;
        }

        double delta = mean1 - mean2;
        var undefined = new DeltaTest(mean1, mean2, delta, null, null, null, null, false);
        if (n1 < 2 || n2 < 2 || sd1 is not { } s1 || sd2 is not { } s2)
        {
            return undefined;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(s1);
        ArgumentOutOfRangeException.ThrowIfNegative(s2);
        double v1 = s1 * s1 / n1, v2 = s2 * s2 / n2;
        if (v1 + v2 <= 0)
        {
            return undefined;
        }

        double t = delta / Math.Sqrt(v1 + v2);
        double df = (v1 + v2) * (v1 + v2) / ((v1 * v1 / (n1 - 1)) + (v2 * v2 / (n2 - 1)));
        double critical = Confidence.T(confidence, df);
        double p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
        return new DeltaTest(mean1, mean2, delta, t, p, critical, df, Math.Abs(t) >= critical);
    }

    private static DeltaTest ZTest(double current, double previous, long n1, long n2, double? z, double critical)
    {
        double delta = current - previous;
        if (n1 < 2 || n2 < 2 || z is null)
        {
            return new DeltaTest(current, previous, delta, null, null, null, null, false);
        }

        double p = 2 * Normal.CDF(0, 1, -Math.Abs(z.Value));
        return new DeltaTest(current, previous, delta, z, p, critical, null, Math.Abs(z.Value) >= critical);
    }

    private static void ValidateProportion(long k, long n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
    }
}
