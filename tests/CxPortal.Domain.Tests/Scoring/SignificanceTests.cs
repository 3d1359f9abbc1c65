using CxPortal.Domain.Scoring;

namespace CxPortal.Domain.Tests.Scoring;

public class SignificanceTests
{
    [Fact]
    public void Proportions_just_outside_the_critical_value_is_significant()
    {
        // 11/50 vs 4/50: p1 = .22, p2 = .08, Δ = 14 points; pooled 15/100 = .15
        // SE = √(.15·.85·(1/50 + 1/50)) = √.0051 = .0714143 → z = .14/.0714143 = 1.960392 ≥ 1.96
        // p = 2·(1 − Φ(1.960392)) = .049950
        var t = Significance.Proportions(11, 50, 4, 50, 0.95)!;

        t.Current.Should().Be(22);
        t.Previous.Should().Be(8);
        t.Delta.Should().BeApproximately(14, 1e-12);
        t.Statistic!.Value.Should().BeApproximately(1.960392, 1e-6);
        t.PValue!.Value.Should().BeApproximately(0.049950, 1e-6);
        t.CriticalValue.Should().Be(1.96);
        t.Significant.Should().BeTrue();
    }

    [Fact]
    public void Proportions_just_inside_the_critical_value_is_not_significant()
    {
        // 6/50 vs 1/50: Δ = 10 points; pooled .07; SE = √(.07·.93·.04) = .0510294
        // z = .1/.0510294 = 1.959655 < 1.96; p = .050036
        var t = Significance.Proportions(6, 50, 1, 50, 0.95)!;

        t.Statistic!.Value.Should().BeApproximately(1.959655, 1e-6);
        t.PValue!.Value.Should().BeApproximately(0.050036, 1e-6);
        t.Significant.Should().BeFalse();
    }

    [Fact]
    public void A_lower_confidence_lowers_the_bar()
    {
        // the same z = 1.959655 clears 90 %'s 1.645
        var t = Significance.Proportions(6, 50, 1, 50, 0.90)!;

        t.CriticalValue.Should().Be(1.645);
        t.Significant.Should().BeTrue();
    }

    [Fact]
    public void The_sign_of_the_statistic_follows_the_delta()
    {
        var t = Significance.Proportions(4, 50, 11, 50, 0.95)!;

        t.Delta.Should().BeApproximately(-14, 1e-12);
        t.Statistic!.Value.Should().BeApproximately(-1.960392, 1e-6);
        t.Significant.Should().BeTrue();
    }

    [Fact]
    public void Proportions_without_variance_or_with_one_response_are_undefined()
    {
        // pooled p = 1: SE = 0
        var allSatisfied = Significance.Proportions(20, 20, 30, 30, 0.95)!;
        // n1 = 1
        var single = Significance.Proportions(1, 1, 0, 40, 0.95)!;

        allSatisfied.Should().Be(new DeltaTest(100, 100, 0, null, null, null, null, false));
        single.Delta.Should().Be(100);
        single.Statistic.Should().BeNull();
        single.Significant.Should().BeFalse();
    }

    [Fact]
    public void No_responses_on_a_side_is_no_delta()
    {
        Significance.Proportions(0, 0, 3, 10, 0.95).Should().BeNull();
        Significance.Nps(3, 1, 10, 0, 0, 0, 0.95).Should().BeNull();
        Significance.Welch(5, 1, 10, 0, null, 0, 0.95).Should().BeNull();
    }

    [Fact]
    public void Nps_just_outside_the_critical_value_is_significant()
    {
        // a: P 9, D 13, n 40 → NPS −10; n' 43, p' = 9.75/43 = .226744, d' = 13.75/43 = .319767
        //    SE = √((.546512 − .008653)/43) = √.0125083 = .111841 → 11.1841 points
        // b: P 1, D 16, n 40 → NPS −37.5; p' = 1.75/43 = .040698, d' = 16.75/43 = .389535
        //    SE = √((.430233 − .121687)/43) = √.0071755 = .0847081 → 8.47081 points
        // z = 27.5/√(11.1841² + 8.47081²) = 27.5/14.02998 = 1.960100 ≥ 1.96; p = .049984
        var t = Significance.Nps(9, 13, 40, 1, 16, 40, 0.95)!;

        t.Current.Should().Be(-10);
        t.Previous.Should().Be(-37.5);
        t.Delta.Should().Be(27.5);
        t.Statistic!.Value.Should().BeApproximately(1.960100, 1e-6);
        t.PValue!.Value.Should().BeApproximately(0.049984, 1e-6);
        t.Significant.Should().BeTrue();
    }

    [Fact]
    public void Nps_just_inside_the_critical_value_is_not_significant()
    {
        // a: P 13, D 1, n 20 → NPS 60; p' = 13.75/23, d' = 1.75/23 → SE 13.2156 points
        // b: P 8, D 4, n 20 → NPS 20; p' = 8.75/23, d' = 4.75/23 → SE 15.5579 points
        // z = 40/√(13.2156² + 15.5579²) = 40/20.41326 = 1.959511 < 1.96
        var t = Significance.Nps(13, 1, 20, 8, 4, 20, 0.95)!;

        t.Delta.Should().Be(40);
        t.Statistic!.Value.Should().BeApproximately(1.959511, 1e-6);
        t.Significant.Should().BeFalse();
    }

    [Fact]
    public void Welch_just_outside_the_critical_value_is_significant()
    {
        // n 10 and 10, sd 1 and 1: SE = √(.1 + .1) = .4472136, df = .04/(2·.01/9) = 18
        // t(.975; 18) = 2.100922; Δ = .94 → t = 2.101904 ≥ 2.100922; p = .049904
        var t = Significance.Welch(5.94, 1, 10, 5, 1, 10, 0.95)!;

        t.DegreesOfFreedom!.Value.Should().BeApproximately(18, 1e-9);
        t.CriticalValue!.Value.Should().BeApproximately(2.100922, 1e-6);
        t.Statistic!.Value.Should().BeApproximately(2.101904, 1e-6);
        t.PValue!.Value.Should().BeApproximately(0.049904, 1e-6);
        t.Significant.Should().BeTrue();
    }

    [Fact]
    public void Welch_just_inside_the_critical_value_is_not_significant()
    {
        // Δ = .939 → t = 2.099668 < 2.100922; p = .050123
        var t = Significance.Welch(5.939, 1, 10, 5, 1, 10, 0.95)!;

        t.Statistic!.Value.Should().BeApproximately(2.099668, 1e-6);
        t.PValue!.Value.Should().BeApproximately(0.050123, 1e-6);
        t.Significant.Should().BeFalse();
    }

    [Fact]
    public void Welch_with_one_constant_side_takes_its_df_from_the_other()
    {
        // a: 10 10 10 (sd 0); b: 4 6 (mean 5, sd √2): SE = √(0 + 2/2) = 1, t = 5
        // df = 1²/(0 + 1²/1) = 1; t(.975; 1) = 12.706205 → not significant
        // p = 2·P(T₁ > 5) = 1 − 2·atan(5)/π = .125666
        var t = Significance.Welch(10, 0, 3, 5, Math.Sqrt(2), 2, 0.95)!;

        t.Statistic!.Value.Should().BeApproximately(5, 1e-12);
        t.DegreesOfFreedom!.Value.Should().BeApproximately(1, 1e-12);
        t.CriticalValue!.Value.Should().BeApproximately(12.706205, 1e-5);
        t.PValue!.Value.Should().BeApproximately(0.125666, 1e-6);
        t.Significant.Should().BeFalse();
    }

    [Fact]
    public void Welch_is_undefined_without_variance_or_with_one_response()
    {
        Significance.Welch(10, 0, 5, 5, 0, 5, 0.95).Should().Be(new DeltaTest(10, 5, 5, null, null, null, null, false));
        Significance.Welch(9, null, 1, 5, 1, 30, 0.95)!.Statistic.Should().BeNull();
    }
}
