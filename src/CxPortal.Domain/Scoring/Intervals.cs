namespace CxPortal.Domain.Scoring;

/// <summary>The confidence intervals of domain-and-scoring.md. Percentages are 0–100, NPS −100..100.</summary>
public static class Intervals
{
    /// <summary>
    /// Percentage k/n with the Wilson score interval; null when n = 0 (no data is not 0%).
    /// </summary>
    public static Estimate? Wilson(long k, long n, double z)
    {
        ValidateCounts(k, n);
        ValidateZ(z);
        if (n == 0)
        {
            return null;
        }

        double p = (double)k / n;
        double z2n = z * z / n;
        double denominator = 1 + z2n;
        double centre = (p + (z2n / 2)) / denominator;
        double half = z * Math.Sqrt((p * (1 - p) / n) + (z2n / (4.0 * n))) / denominator;

        // At k = 0 or k = n the bound is exactly 0 or 1 in theory; pin it so rounding noise
        // can never put the interval outside 0–100 or beside the estimate.
        double low = k == 0 ? 0 : Math.Clamp(centre - half, 0, p);
        double high = k == n ? 1 : Math.Clamp(centre + half, p, 1);
        return new Estimate(100 * p, 100 * low, 100 * high);
    }

    /// <summary>
    /// NPS = 100·(P − D)/n with the adjusted-Wald interval of the design: n' = n + 3,
    /// p' = (P + ¾)/n', d' = (D + ¾)/n', CI = (p' − d')·100 ± z·SE·100 clipped to ±100.
    /// The interval is centred on the adjusted difference while the value stays the plain NPS,
    /// so for very small n the interval need not contain the value. Null when n = 0.
    /// </summary>
    public static Estimate? AdjustedWaldNps(long promoters, long detractors, long n, double z)
    {
        ValidateNps(promoters, detractors, n);
        ValidateZ(z);
        if (n == 0)
        {
            return null;
        }

        var (centre, se) = AdjustedWald(promoters, detractors, n);
        double value = 100.0 * (promoters - detractors) / n;
        return new Estimate(
            value,
            Math.Max(-100, (centre - (z * se)) * 100),
            Math.Min(100, (centre + (z * se)) * 100));
    }

    /// <summary>The adjusted-Wald standard error of an NPS, in NPS points (SE·100).</summary>
    public static double AdjustedWaldNpsSe(long promoters, long detractors, long n)
    {
        ValidateNps(promoters, detractors, n);
        return 100 * AdjustedWald(promoters, detractors, n).Se;
    }

    /// <summary>mean ± z·sd/√n; bounds null when n &lt; 2 (no sample SD).</summary>
    public static Estimate MeanCi(double mean, double sd, long n, double z)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ValidateZ(z);
        if (n < 2)
        {
            return new Estimate(mean, null, null);
        }

        ArgumentOutOfRangeException.ThrowIfNegative(sd);
        double half = z * sd / Math.Sqrt(n);
        return new Estimate(mean, mean - half, mean + half);
    }

    private static (double Centre, double Se) AdjustedWald(long promoters, long detractors, long n)
    {
        double nAdj = n + 3;
        double p = (promoters + 0.75) / nAdj;
        double d = (detractors + 0.75) / nAdj;
        double diff = p - d;
        return (diff, Math.Sqrt((p + d - (diff * diff)) / nAdj));
    }

    private static void ValidateCounts(long k, long n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
    }

    private static void ValidateNps(long promoters, long detractors, long n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(promoters);
        ArgumentOutOfRangeException.ThrowIfNegative(detractors);
        if (promoters + detractors > n)
        {
            throw new ArgumentException($"Promoters ({promoters}) and detractors ({detractors}) exceed n ({n}).");
        }
    }

    private static void ValidateZ(double z)
    {
        if (!(z > 0) || double.IsInfinity(z))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "z must be a positive finite number.");
        }
    }
}
