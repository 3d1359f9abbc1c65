using CxPortal.Domain.Scoring;

namespace CxPortal.Domain.Tests.Scoring;

public class ConfidenceTests
{
    [Theory]
    // Table values: Φ⁻¹(0.975) = 1.95996 → 1.960; Φ⁻¹(0.95) = 1.64485 → 1.645;
    // Φ⁻¹(0.995) = 2.57583 → 2.576; Φ⁻¹(0.90) = 1.28155 → 1.282.
    [InlineData(0.95, 1.96)]
    [InlineData(0.90, 1.645)]
    [InlineData(0.99, 2.576)]
    [InlineData(0.80, 1.282)]
    public void Z_is_the_two_sided_quantile_rounded_as_in_tables(double level, double expected)
    {
        // Exact equality on purpose: 95% must be the design's 1.96, not 1.959964.
        Confidence.Z(level).Should().Be(expected);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(0.3)]
    [InlineData(95)]
    [InlineData(double.NaN)]
    public void Z_rejects_levels_outside_half_to_one(double level)
    {
        var act = () => Confidence.Z(level);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    // t tables: t(0.975; 10) = 2.228139, t(0.975; 1) = 12.706205, t(0.995; 5) = 4.032143
    [InlineData(0.95, 10, 2.228139)]
    [InlineData(0.95, 1, 12.706205)]
    [InlineData(0.99, 5, 4.032143)]
    public void T_is_the_two_sided_student_quantile(double level, double df, double expected)
    {
        Confidence.T(level, df).Should().BeApproximately(expected, 1e-5);
    }
}
