using CxPortal.Domain.Scoring;

namespace CxPortal.Domain.Tests.Scoring;

public class ScoreFiguresTests
{
    [Fact]
    public void No_responses_means_no_figures_not_zeros()
    {
        var f = ScoreFigures.Compute(new ScoreSet(), 0.95);

        f.N.Should().Be(0);
        f.Mean10.Should().BeNull();
        f.Mean10Sd.Should().BeNull();
        f.Csat.Should().BeNull();
        f.TopBox.Should().BeNull();
        f.Nps.Should().BeNull();
        f.CsatN.Should().Be(0);
        f.NpsN.Should().Be(0);
    }

    [Fact]
    public void One_nps_response()
    {
        // one 9: Mean10 = 9 with no CI (no sample SD); NPS = 100 with CI [−48.5, 98.5] (see IntervalsTests);
        // no non-nps response, so no CSAT or top-box.
        var f = ScoreFigures.Compute(TestScales.Set(TestScales.Nps, 9), 0.95);

        f.N.Should().Be(1);
        f.Mean10.Should().Be(new Estimate(9, null, null));
        f.Mean10Sd.Should().BeNull();
        f.Promoters.Should().Be(1);
        f.Nps!.Value.Should().Be(100);
        f.Nps.CiLow!.Value.Should().BeApproximately(-48.5, 1e-9);
        f.Nps.CiHigh!.Value.Should().BeApproximately(98.5, 1e-9);
        f.Csat.Should().BeNull();
        f.TopBox.Should().BeNull();
    }

    [Fact]
    public void Mixed_nps_responses()
    {
        // 9 9 9 10 10 10 | 7 8 | 0 6 → P = 6, passives 2, D = 2, NPS = 40 [−12.5864, 74.1248]
        // Mean10 = (27 + 30 + 15 + 6)/10 = 7.8
        // Σ(x − 7.8)² = 3·1.44 + 3·4.84 + .64 + .04 + 60.84 + 3.24 = 83.6, s = √(83.6/9) = 3.047768
        // CI = 7.8 ± 1.96·3.047768/√10 = 7.8 ± 1.889026 → [5.910974, 9.689026]
        var f = ScoreFigures.Compute(TestScales.Set(TestScales.Nps, 9, 9, 9, 10, 10, 10, 7, 8, 0, 6), 0.95);

        f.NpsN.Should().Be(10);
        (f.Promoters, f.Passives, f.Detractors).Should().Be((6L, 2L, 2L));
        f.Nps!.Value.Should().Be(40);
        f.Nps.CiLow!.Value.Should().BeApproximately(-12.5864, 1e-4);
        f.Nps.CiHigh!.Value.Should().BeApproximately(74.1248, 1e-4);
        f.Mean10!.Value.Should().BeApproximately(7.8, 1e-12);
        f.Mean10Sd!.Value.Should().BeApproximately(3.047768, 1e-6);
        f.Mean10.CiLow!.Value.Should().BeApproximately(5.910974, 1e-6);
        f.Mean10.CiHigh!.Value.Should().BeApproximately(9.689026, 1e-6);
        f.Csat.Should().BeNull("CSAT pools the non-nps scales only");
    }

    [Fact]
    public void The_confidence_level_changes_every_interval()
    {
        // Same responses at 90% (z = 1.645): Mean10 7.8 ± 1.645·0.963789 = [6.214567, 9.385433];
        // NPS 30.7692 ± 1.645·22.1202 → [−5.6185, 67.1570]
        var f = ScoreFigures.Compute(TestScales.Set(TestScales.Nps, 9, 9, 9, 10, 10, 10, 7, 8, 0, 6), 0.90);

        f.Confidence.Should().Be(0.90);
        f.Mean10!.CiLow!.Value.Should().BeApproximately(6.214567, 1e-6);
        f.Nps!.CiLow!.Value.Should().BeApproximately(-5.6185, 1e-4);
        f.Nps.CiHigh!.Value.Should().BeApproximately(67.1570, 1e-4);
    }

    [Fact]
    public void All_promoters_and_all_detractors()
    {
        var promoters = ScoreFigures.Compute(new ScoreSet().Add(TestScales.Nps, 10, 10), 0.95);
        var detractors = ScoreFigures.Compute(new ScoreSet().Add(TestScales.Nps, 3, 10), 0.95);

        // NPS 100, CI [47.5030, 100]; Mean10 10 with s = 0 → CI [10, 10]
        promoters.Nps!.Value.Should().Be(100);
        promoters.Nps.CiLow!.Value.Should().BeApproximately(47.5030, 1e-4);
        promoters.Nps.CiHigh.Should().Be(100);
        promoters.Mean10.Should().Be(new Estimate(10, 10, 10));
        // NPS −100, CI [−100, −47.5030]; Mean10 3
        detractors.Nps!.Value.Should().Be(-100);
        detractors.Nps.CiLow.Should().Be(-100);
        detractors.Nps.CiHigh!.Value.Should().BeApproximately(-47.5030, 1e-4);
        detractors.Mean10!.Value.Should().Be(3);
    }

    [Fact]
    public void Csat_and_top_box_pool_the_non_nps_scales_each_against_its_own_lines()
    {
        // csat5  5 4 3 2 1  : satisfied (≥ 4) 2, top box (= 5) 1; normalised 10 7.5 5 2.5 0 (Σ 25)
        // csat10 10 9 8 1 1 : satisfied (≥ 8) 3, top box (≥ 9) 2; normalised 10 80/9 70/9 0 0 (Σ 26.6667)
        // nps    10         : ignored by CSAT/top box, counted in Mean10 and NPS
        // CSAT = 5/10 = 50 % [23.6590, 76.3410]; top box = 3/10 = 30 % [10.7789, 60.3227]
        // Mean10 = (25 + 26.6667 + 10)/11 = 5.606061
        var set = new ScoreSet()
            .AddScores(TestScales.Csat5, 5, 4, 3, 2, 1)
            .AddScores(TestScales.Csat10, 10, 9, 8, 1, 1)
            .Add(TestScales.Nps, 10);

        var f = ScoreFigures.Compute(set, 0.95);

        f.N.Should().Be(11);
        f.CsatN.Should().Be(10);
        f.Satisfied.Should().Be(5);
        f.TopBoxCount.Should().Be(3);
        f.Csat!.Value.Should().Be(50);
        f.Csat.CiLow!.Value.Should().BeApproximately(23.6590, 1e-4);
        f.Csat.CiHigh!.Value.Should().BeApproximately(76.3410, 1e-4);
        f.TopBox!.Value.Should().Be(30);
        f.TopBox.CiLow!.Value.Should().BeApproximately(10.7789, 1e-4);
        f.TopBox.CiHigh!.Value.Should().BeApproximately(60.3227, 1e-4);
        f.Mean10!.Value.Should().BeApproximately(61.666667 / 11, 1e-6);
        f.NpsN.Should().Be(1);
        f.Nps!.Value.Should().Be(100);
    }

    [Fact]
    public void A_0_to_10_rating_scale_that_is_not_nps_gives_no_nps()
    {
        // rating10 (satisfied ≥ 7, top box ≥ 9): 10 7 3 → CSAT 2/3, top box 1/3, Mean10 20/3
        var f = ScoreFigures.Compute(TestScales.Set(TestScales.Rating10, 10, 7, 3), 0.95);

        f.Nps.Should().BeNull();
        f.NpsN.Should().Be(0);
        f.Promoters.Should().Be(0);
        f.Csat!.Value.Should().BeApproximately(200.0 / 3, 1e-12);
        f.TopBox!.Value.Should().BeApproximately(100.0 / 3, 1e-12);
        f.Mean10!.Value.Should().BeApproximately(20.0 / 3, 1e-12);
    }

    [Fact]
    public void A_0_to_1_scale_and_a_mean_interval_clipped_at_10()
    {
        // 0 1 1 1 → normalised 0 10 10 10, mean 7.5, Σ(x − 7.5)² = 56.25 + 3·6.25 = 75, s = √25 = 5
        // CI = 7.5 ± 1.96·5/2 = 7.5 ± 4.9 = [2.6, 12.4] → upper clipped to 10
        // CSAT = top box = 3/4 = 75 %
        var f = ScoreFigures.Compute(TestScales.Set(TestScales.Binary, 0, 1, 1, 1), 0.95);

        f.Mean10!.Value.Should().Be(7.5);
        f.Mean10Sd.Should().Be(5);
        f.Mean10.CiLow!.Value.Should().BeApproximately(2.6, 1e-12);
        f.Mean10.CiHigh.Should().Be(10);
        f.Csat!.Value.Should().Be(75);
        f.TopBox!.Value.Should().Be(75);
    }

    [Fact]
    public void A_mean_interval_below_0_is_clipped_at_0()
    {
        // 0 0 10 → mean 10/3, s = √((2·(10/3)² + (20/3)²)/2) = √(100/3) = 5.773503
        // CI = 3.333333 ± 1.96·5.773503/√3 = 3.333333 ± 6.533333 → [−3.2 → 0, 9.866667]
        var f = ScoreFigures.Compute(TestScales.Set(TestScales.Rating10, 0, 0, 10), 0.95);

        f.Mean10!.CiLow.Should().Be(0);
        f.Mean10.CiHigh!.Value.Should().BeApproximately(9.866667, 1e-6);
    }

    [Fact]
    public void An_nps_kind_scale_on_1_to_5_uses_the_generalised_lines()
    {
        // nps5: 5 promoter, 4 passive, 3 2 1 detractors → (1 − 3)/5 = −40
        var f = ScoreFigures.Compute(TestScales.Set(TestScales.Nps5, 5, 4, 3, 2, 1), 0.95);

        (f.Promoters, f.Passives, f.Detractors).Should().Be((1L, 1L, 3L));
        f.Nps!.Value.Should().Be(-40);
    }

    [Fact]
    public void An_invalid_confidence_level_throws()
    {
        var act = () => ScoreFigures.Compute(new ScoreSet(), 1.5);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
