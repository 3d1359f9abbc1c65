using MathNet.Numerics.Distributions;

namespace CxPortal.Domain.Scoring;

/// <summary>Critical values of the two-sided intervals and tests.</summary>
public static class Confidence
{
    public const double Default = 0.95;

    /// <summary>
    /// Two-sided normal critical value, rounded to three decimals as printed in statistical tables,
    /// so 95% gives exactly the design's 1.96 (90% → 1.645, 99% → 2.576).
    /// </summary>
    public static double Z(double level)
    {
        Validate(level);
        return Math.Round(Normal.InvCDF(0, 1, 1 - ((1 - level) / 2)), 3, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// Two-sided Student-t critical value with (possibly fractional, Welch) degrees of freedom.
    /// Not rounded: t tables have no single rounding for fractional df, and Welch's df is rarely whole.
    /// </summary>
    public static double T(double level, double degreesOfFreedom)
    {
        Validate(level);
        if (!(degreesOfFreedom > 0) || double.IsInfinity(degreesOfFreedom))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Degrees of freedom must be positive.");
        }

        return StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - ((1 - level) / 2));
    }

    /// <summary>Throws unless 0.5 &lt; level &lt; 1.</summary>
    public static void Validate(double level)
    {
        if (!(level > 0.5 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Confidence level must be between 0.5 and 1 (exclusive).");
        }
    }
}
