using CxPortal.Domain.Scoring;

namespace CxPortal.Domain.Tests.Scoring;

public class IntervalsTests
{
    private const double Z95 = 1.96;

    [Fact]
    public void Wilson_of_8_in_10()
    {
        // p = .8, z²/n = 3.8416/10 = .38416, denominator 1.38416
        // centre = (.8 + .19208)/1.38416 = .716738
        // half = 1.96·√(.8·.2/10 + 3.8416/400)/1.38416 = 1.96·√.025604/1.38416 = .226581
        // → [49.0157, 94.3319] %
        var e = Intervals.Wilson(8, 10, Z95)!;

        e.Value.Should().Be(80);
        e.CiLow!.Value.Should().BeApproximately(49.0157, 1e-4);
        e.CiHigh!.Value.Should().BeApproximately(94.3319, 1e-4);
    }

    [Fact]
    public void Wilson_of_none_pins_the_lower_bound_at_zero()
    {
        // centre = .19208/1.38416 = .138770, half = 1.96·√.009604/1.38416 = .138770
        // lower = 0 (the raw arithmetic gives −3e−17), upper = z²/(n + z²) = 3.8416/13.8416 = 27.754 %
        var e = Intervals.Wilson(0, 10, Z95)!;

        e.Value.Should().Be(0);
        e.CiLow.Should().Be(0);
        e.CiHigh!.Value.Should().BeApproximately(27.7540, 1e-4);
    }

    [Fact]
    public void Wilson_of_all_pins_the_upper_bound_at_100()
    {
        // mirror of 0/10: [100 − 27.754, 100]
        var e = Intervals.Wilson(10, 10, Z95)!;

        e.Value.Should().Be(100);
        e.CiLow!.Value.Should().BeApproximately(72.2460, 1e-4);
        e.CiHigh.Should().Be(100);
    }

    [Theory]
    // Unguarded, these give −5.6e−17 (0 of 3) and 0.9999999999999999 (4 of 4) at z = 1.282.
    [InlineData(0, 3, 0.0, 0.0)]
    [InlineData(4, 4, 100.0, 100.0)]
    public void Wilson_bounds_at_the_extremes_are_exact(int k, int n, double value, double pinnedBound)
    {
        var e = Intervals.Wilson(k, n, 1.282)!;

        e.Value.Should().Be(value);
        (k == 0 ? e.CiLow : e.CiHigh).Should().Be(pinnedBound);
    }

    [Fact]
    public void Wilson_of_one_response()
    {
        // n = 1, k = 1: lower = 1/(1 + z²) = 1/4.8416 = 20.654 %
        var e = Intervals.Wilson(1, 1, Z95)!;

        e.Value.Should().Be(100);
        e.CiLow!.Value.Should().BeApproximately(20.6543, 1e-4);
        e.CiHigh.Should().Be(100);
    }

    [Fact]
    public void Wilson_without_responses_is_no_data()
    {
        Intervals.Wilson(0, 0, Z95).Should().BeNull();
    }

    [Fact]
    public void Wilson_rejects_impossible_counts()
    {
        var act = () => Intervals.Wilson(3, 2, Z95);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Adjusted_wald_nps_of_6_promoters_2_detractors_in_10()
    {
        // NPS = 100·(6 − 2)/10 = 40
        // n' = 13, p' = 6.75/13 = .519231, d' = 2.75/13 = .211538, p' − d' = 4/13 = .307692
        // SE = √((.730769 − .094675)/13) = √.048930 = .221202
        // CI = 30.7692 ± 1.96·22.1202 = 30.7692 ± 43.3556 → [−12.5864, 74.1248]
        var e = Intervals.AdjustedWaldNps(6, 2, 10, Z95)!;

        e.Value.Should().Be(40);
        e.CiLow!.Value.Should().BeApproximately(-12.5864, 1e-4);
        e.CiHigh!.Value.Should().BeApproximately(74.1248, 1e-4);
        Intervals.AdjustedWaldNpsSe(6, 2, 10).Should().BeApproximately(22.1202, 1e-4);
    }

    [Fact]
    public void Adjusted_wald_all_promoters_is_clipped_at_100()
    {
        // n' = 13, p' = 10.75/13, d' = .75/13, p' − d' = 10/13 = .769231
        // SE² = (11.5/13 − 100/169)/13 = 49.5/2197 = .0225307, SE = .150102
        // CI = 76.9231 ± 29.4201 → [47.5030, 106.34 → 100]
        var e = Intervals.AdjustedWaldNps(10, 0, 10, Z95)!;

        e.Value.Should().Be(100);
        e.CiLow!.Value.Should().BeApproximately(47.5030, 1e-4);
        e.CiHigh.Should().Be(100);
    }

    [Fact]
    public void Adjusted_wald_all_detractors_is_clipped_at_minus_100()
    {
        var e = Intervals.AdjustedWaldNps(0, 10, 10, Z95)!;

        e.Value.Should().Be(-100);
        e.CiLow.Should().Be(-100);
        e.CiHigh!.Value.Should().BeApproximately(-47.5030, 1e-4);
    }

    [Fact]
    public void Adjusted_wald_with_one_promoter_is_centred_on_the_adjusted_difference()
    {
        // n' = 4, p' = 1.75/4 = .4375, d' = .75/4 = .1875, p' − d' = .25
        // SE = √((.625 − .0625)/4) = √.140625 = .375 → CI = 25 ± 73.5 = [−48.5, 98.5]
        // The value stays the plain NPS (100), outside its own interval: the design's choice.
        var e = Intervals.AdjustedWaldNps(1, 0, 1, Z95)!;

        e.Value.Should().Be(100);
        e.CiLow!.Value.Should().BeApproximately(-48.5, 1e-9);
        e.CiHigh!.Value.Should().BeApproximately(98.5, 1e-9);
    }

    [Fact]
    public void Adjusted_wald_without_responses_is_no_data()
    {
        Intervals.AdjustedWaldNps(0, 0, 0, Z95).Should().BeNull();
    }

    [Fact]
    public void Adjusted_wald_rejects_more_promoters_and_detractors_than_responses()
    {
        var act = () => Intervals.AdjustedWaldNps(6, 5, 10, Z95);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Mean_ci_is_mean_plus_minus_z_s_over_root_n()
    {
        // 5 ± 1.96·2/√4 = 5 ± 1.96
        var e = Intervals.MeanCi(5, 2, 4, Z95);

        e.Should().Be(new Estimate(5, 3.04, 6.96));
    }

    [Fact]
    public void Mean_ci_of_one_response_has_no_bounds()
    {
        Intervals.MeanCi(7, 0, 1, Z95).Should().Be(new Estimate(7, null, null));
    }
}
