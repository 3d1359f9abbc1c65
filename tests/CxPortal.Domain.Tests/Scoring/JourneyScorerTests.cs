using CxPortal.Domain.Scoring;
using CxPortal.Domain.Settings;
using CxPortal.Domain.Touchpoints;

namespace CxPortal.Domain.Tests.Scoring;

public class JourneyScorerTests
{
    private static readonly ScoringSettings Defaults = new();

    private static readonly StageInput[] Stages =
    [
        new("awareness", "Awareness"),
        new("consideration", "Consideration"),
        new("decision", "Decision"),
        new("retention", "Retention"),
    ];

    private static TouchpointInput Tp(
        string code,
        ScoreSet? responses,
        double weight = 1,
        double w = 0.5,
        string stage = "decision",
        IReadOnlyList<MetricResult>? metrics = null,
        string? name = null) =>
        new(code, name ?? code, stage, "owner", weight, w,
            responses is null ? null : ScoreFigures.Compute(responses, 0.95), metrics ?? []);

    /// <summary>n responses on the 0–10 rating scale all giving the same score: R = score.</summary>
    private static ScoreSet Uniform(int score, long n = 30) => new ScoreSet().Add(TestScales.Rating10, score, n);

    [Fact]
    public void Golden_case_the_launch_journey()
    {
        // Relationship scores only, equal weights. Each touchpoint has ≥ 30 responses (no low-sample badge)
        // and the R values come out of real histograms on different scales:
        //   news      rating10: 30 × 10                      → R 10
        //   store     rating10: 10 × 2, 10 × 3, 10 × 4        → R (20 + 30 + 40)/30 = 3
        //   campaign  csat5:    40 × 5 (normalised 10)        → R 10
        //   purchase  nps:      35 × 10 (NPS 100)             → R 10
        //   stock     rating10: 10 × 0, 10 × 1, 10 × 2        → R (0 + 10 + 20)/30 = 1
        var store = new ScoreSet().Add(TestScales.Rating10, 2, 10).Add(TestScales.Rating10, 3, 10).Add(TestScales.Rating10, 4, 10);
        var stock = new ScoreSet().Add(TestScales.Rating10, 0, 10).Add(TestScales.Rating10, 1, 10).Add(TestScales.Rating10, 2, 10);
        TouchpointInput[] steps =
        [
            Tp("news", Uniform(10), stage: "awareness", name: "Product innovation news"),
            Tp("store", store, stage: "consideration", name: "Electronics store"),
            Tp("campaign", new ScoreSet().Add(TestScales.Csat5, 5, 40), stage: "consideration", name: "Marketing campaign"),
            Tp("purchase", new ScoreSet().Add(TestScales.Nps, 10, 35), stage: "decision", name: "Product purchase"),
            Tp("stock", stock, stage: "decision", name: "Stock availability"),
        ];

        var card = JourneyScorer.Score(Stages, steps, Defaults);

        // index = (10 + 3 + 10 + 10 + 1)/5 = 34/5 = 6.8
        card.Index!.Value.Should().BeApproximately(6.8, 1e-12);
        var byCode = card.Touchpoints.ToDictionary(t => t.Code);
        byCode.Values.Select(t => t.Score).Should().Equal(10, 3, 10, 10, 1);
        // critical: S < 4; lagging: S ≤ 6.8 − 2 = 4.8
        byCode["store"].Flags.Should().Equal(TouchpointFlags.Critical, TouchpointFlags.Lagging);
        byCode["stock"].Flags.Should().Equal(TouchpointFlags.Critical, TouchpointFlags.Lagging);
        byCode["news"].Flags.Should().BeEmpty();
        byCode["campaign"].Flags.Should().BeEmpty();
        byCode["purchase"].Flags.Should().BeEmpty();
        card.Touchpoints.Should().OnlyContain(t => !t.Tentative);
        // without store: (10 + 10 + 10 + 1)/4 = 7.75 → 7.75 − 6.8 = 0.95
        // without stock: (10 + 3 + 10 + 10)/4 = 8.25 → 8.25 − 6.8 = 1.45
        // without a 10: (3 + 10 + 10 + 1)/4 = 6 → 6 − 6.8 = −0.8
        byCode["store"].Impact!.Value.Should().BeApproximately(0.95, 1e-12);
        byCode["stock"].Impact!.Value.Should().BeApproximately(1.45, 1e-12);
        byCode["news"].Impact!.Value.Should().BeApproximately(-0.8, 1e-12);
        card.WeakPoints.Should().Equal("stock", "store");
        card.Masking.Masked.Should().BeTrue();
        card.Masking.TouchpointCodes.Should().Equal("store", "stock");
        card.Masking.Message.Should().Be(
            "Journey index 6.8 looks healthy, but 2 touchpoints are critical or weak: " +
            "Electronics store (3.0), Stock availability (1.0).");
        // stages: awareness 10 (n 30); consideration (3 + 10)/2 = 6.5 (n 30 + 40);
        // decision (10 + 1)/2 = 5.5 (n 35 + 30); retention has no touchpoint: no score, n 0
        card.Stages.Should().Equal(
            new StageScore("awareness", "Awareness", 10, 30),
            new StageScore("consideration", "Consideration", 6.5, 70),
            new StageScore("decision", "Decision", 5.5, 65),
            new StageScore("retention", "Retention", null, 0));
    }

    [Fact]
    public void Weights_weight_the_index_the_stages_and_the_impacts()
    {
        // a: S 8, weight 3; b: S 2, weight 1 → index (24 + 2)/4 = 6.5
        // impact a = 2 − 6.5 = −4.5; impact b = 8 − 6.5 = 1.5
        var card = JourneyScorer.Score(Stages, [Tp("a", Uniform(8), weight: 3), Tp("b", Uniform(2))], Defaults);

        card.Index.Should().Be(6.5);
        card.Stages.Single(s => s.Code == "decision").Score.Should().Be(6.5);
        card.Touchpoints[0].Impact.Should().Be(-4.5);
        card.Touchpoints[1].Impact.Should().Be(1.5);
        // b: 2 < 4 critical, 2 ≤ 4.5 lagging; index 6.5 ≥ 6 with a critical touchpoint → masking
        card.Touchpoints[1].Flags.Should().Equal(TouchpointFlags.Critical, TouchpointFlags.Lagging);
        card.Masking.Message.Should().Be("Journey index 6.5 looks healthy, but 1 touchpoint is critical or weak: b (2.0).");
    }

    [Fact]
    public void A_weight_of_zero_keeps_a_touchpoint_out_of_the_index()
    {
        // a: S 8 weight 0, b: S 6 weight 1 → index 6; impact a = 6 − 6 = 0;
        // without b only a zero weight remains → no index → impact of b undefined
        var card = JourneyScorer.Score(Stages, [Tp("a", Uniform(8), weight: 0), Tp("b", Uniform(6))], Defaults);

        card.Index.Should().Be(6);
        card.Touchpoints[0].Score.Should().Be(8);
        card.Touchpoints[0].Impact.Should().Be(0);
        card.Touchpoints[1].Impact.Should().BeNull();
    }

    [Fact]
    public void All_weights_zero_gives_no_index_and_no_relative_flags()
    {
        var card = JourneyScorer.Score(
            Stages, [Tp("a", Uniform(1), weight: 0), Tp("b", Uniform(9), weight: 0)], Defaults);

        card.Index.Should().BeNull();
        card.Stages.Single(s => s.Code == "decision").Score.Should().BeNull();
        card.Touchpoints.Should().OnlyContain(t => t.Impact == null);
        // absolute thresholds still apply; lagging and masking need an index
        card.Touchpoints[0].Flags.Should().Equal(TouchpointFlags.Critical);
        card.WeakPoints.Should().Equal("a");
        card.Masking.Should().Be(MaskingAlert.None);
    }

    [Fact]
    public void A_journey_without_data_has_no_index_and_no_flags()
    {
        var card = JourneyScorer.Score(Stages, [Tp("a", null), Tp("b", new ScoreSet())], Defaults);

        card.Index.Should().BeNull();
        card.Touchpoints.Should().OnlyContain(t => t.Score == null && t.Flags.Count == 0 && t.N == 0 && t.Figures == null);
        card.WeakPoints.Should().BeEmpty();
        card.Masking.Masked.Should().BeFalse();
    }

    [Fact]
    public void The_only_touchpoint_with_a_score_has_no_impact()
    {
        var card = JourneyScorer.Score(Stages, [Tp("a", Uniform(7)), Tp("b", null)], Defaults);

        card.Index.Should().Be(7);
        card.Touchpoints[0].Impact.Should().BeNull();
        card.Touchpoints[1].Impact.Should().BeNull();
    }

    [Fact]
    public void A_touchpoint_with_only_operational_data()
    {
        // metrics: on-time 85 against 75..95 → attainment 5, missed; returns rate without data → ignored
        // O = 5, no responses → S = O = 5 → weak; missed-target; no low-sample badge (n = 0)
        var onTime = Attainment.Compute(new("on-time", "On time", "%", MetricDirection.HigherIsBetter, 95, 75), [85]);
        var returns = Attainment.Compute(new("returns", "Returns", "%", MetricDirection.LowerIsBetter, 2, 10), []);

        var card = JourneyScorer.Score(Stages, [Tp("delivery", null, metrics: [onTime, returns])], Defaults);

        var t = card.Touchpoints.Single();
        t.Relationship.Should().BeNull();
        t.Operational.Should().Be(5);
        t.Score.Should().Be(5);
        t.N.Should().Be(0);
        t.Flags.Should().Equal(TouchpointFlags.Weak, TouchpointFlags.MissedTarget);
        t.Tentative.Should().BeFalse();
        // index 5 < 6: a weak touchpoint but no masking
        card.Masking.Masked.Should().BeFalse();
    }

    [Fact]
    public void Relationship_and_operational_are_combined_with_the_relationship_weight()
    {
        // R = 8 (30 × 8), O = mean(10, 4) = 7; w = 0.25 → S = 2 + 5.25 = 7.25
        // attainments: handle time 2 min against target 3 / worst 10 → 10;
        //              first-contact resolution 70 % against 85 / 60 → (70 − 60)/25 = .4 → 4 (missed)
        var aht = Attainment.Compute(new("aht", "AHT", "min", MetricDirection.LowerIsBetter, 3, 10), [2]);
        var fcr = Attainment.Compute(new("fcr", "FCR", "%", MetricDirection.HigherIsBetter, 85, 60), [70]);

        var t = JourneyScorer.Score(Stages, [Tp("call", Uniform(8), w: 0.25, metrics: [aht, fcr])], Defaults)
            .Touchpoints.Single();

        t.Relationship.Should().Be(8);
        t.Operational!.Value.Should().BeApproximately(7, 1e-12);
        t.Score!.Value.Should().BeApproximately(7.25, 1e-12);
        t.Flags.Should().Equal(TouchpointFlags.MissedTarget);
    }

    [Fact]
    public void Thresholds_are_inclusive_where_the_design_says_so()
    {
        // a: S 4 → weak, not critical (critical is S < 4); b: S 8 → index 6;
        // a: 4 ≤ 6 − 2 → lagging (boundary included); masking at index exactly 6 (≥ 6)
        var card = JourneyScorer.Score(Stages, [Tp("a", Uniform(4)), Tp("b", Uniform(8))], Defaults);

        card.Index.Should().Be(6);
        card.Touchpoints[0].Flags.Should().Equal(TouchpointFlags.Weak, TouchpointFlags.Lagging);
        card.Touchpoints[1].Flags.Should().BeEmpty();
        card.Masking.Masked.Should().BeTrue();
    }

    [Fact]
    public void A_score_of_exactly_6_is_not_weak_and_masking_needs_the_index_at_the_minimum()
    {
        // a: S 6 → unflagged (weak is S < 6); b: S 5 → weak; index 5.5 < 6 → no masking
        var card = JourneyScorer.Score(Stages, [Tp("a", Uniform(6)), Tp("b", Uniform(5))], Defaults);

        card.Touchpoints[0].Flags.Should().BeEmpty();
        card.Touchpoints[1].Flags.Should().Equal(TouchpointFlags.Weak);
        card.Masking.Masked.Should().BeFalse();
    }

    [Fact]
    public void Thresholds_come_from_the_settings()
    {
        // Stricter settings: critical < 6, weak < 9, lagging gap 1, masking from 7.
        // a 8, b 10 → index 9; a: weak (6 ≤ 8 < 9) and lagging (8 ≤ 9 − 1) → masked (9 ≥ 7)
        var strict = new ScoringSettings { CriticalBelow = 6, WeakBelow = 9, LaggingGap = 1, MaskingIndexMin = 7 };

        var card = JourneyScorer.Score(Stages, [Tp("a", Uniform(8)), Tp("b", Uniform(10))], strict);

        card.Touchpoints[0].Flags.Should().Equal(TouchpointFlags.Weak, TouchpointFlags.Lagging);
        card.Masking.Masked.Should().BeTrue();
    }

    [Fact]
    public void A_low_sample_makes_the_other_flags_tentative()
    {
        // 10 responses (< 30) of 3 → critical, low-sample, tentative; b 29 × 9 is also low sample
        var card = JourneyScorer.Score(Stages, [Tp("a", Uniform(3, 10)), Tp("b", Uniform(9, 29)), Tp("c", Uniform(9, 30))], Defaults);

        card.Touchpoints[0].Flags.Should().Equal(TouchpointFlags.Critical, TouchpointFlags.Lagging, TouchpointFlags.LowSample);
        card.Touchpoints[0].Tentative.Should().BeTrue();
        card.Touchpoints[1].Flags.Should().Equal(TouchpointFlags.LowSample);
        card.Touchpoints[2].Flags.Should().BeEmpty();
        card.Touchpoints[2].Tentative.Should().BeFalse();
        // low-sample alone is not a weak point
        card.WeakPoints.Should().Equal("a");
        // index (3 + 9 + 9)/3 = 7
        card.Masking.Message.Should().Be(
            "Journey index 7.0 looks healthy, but 1 touchpoint is critical or weak: a (3.0, low sample).");
    }

    [Fact]
    public void A_negative_nps_is_flagged_even_when_the_score_looks_fine()
    {
        // 15 × 6 (detractors) + 15 × 8 (passives): NPS = −15/30 = −50, Mean10 = 7 → only negative-nps
        var set = new ScoreSet().Add(TestScales.Nps, 6, 15).Add(TestScales.Nps, 8, 15);

        var card = JourneyScorer.Score(Stages, [Tp("a", set), Tp("b", Uniform(7))], Defaults);

        card.Touchpoints[0].Score.Should().Be(7);
        card.Touchpoints[0].Flags.Should().Equal(TouchpointFlags.NegativeNps);
        card.WeakPoints.Should().Equal("a");
        card.Masking.Masked.Should().BeFalse("negative NPS is a weak point but not critical or weak");
    }

    [Fact]
    public void Weak_points_tie_on_impact_break_by_score_ascending()
    {
        // weights b 2, a 1, c 3; S b 5, a 2, c 10 → index (10 + 2 + 30)/6 = 7
        // impact a = (42 − 2)/5 − 7 = 1; impact b = (42 − 10)/4 − 7 = 1 (tie); impact c = 12/3 − 7 = −3
        // a: 2 critical, lagging (≤ 5); b: 5 weak, lagging (5 ≤ 5) → tie broken by score: a (2) before b (5)
        var card = JourneyScorer.Score(
            Stages, [Tp("b", Uniform(5), weight: 2), Tp("a", Uniform(2), weight: 1), Tp("c", Uniform(10), weight: 3)], Defaults);

        card.Index.Should().Be(7);
        card.Touchpoints.Select(t => t.Impact).Should().Equal(1, 1, -3);
        card.WeakPoints.Should().Equal("a", "b");
    }

    [Fact]
    public void Weak_points_rank_by_impact_not_by_score()
    {
        // a: S 3 weight 1; b: S 4 weight 4; c: S 10 weight 5 → index (3 + 16 + 50)/10 = 6.9
        // impact a = (69 − 3)/9 − 6.9 = 7.3333 − 6.9 = 0.4333; impact b = (69 − 16)/6 − 6.9 = 8.8333 − 6.9 = 1.9333
        // b has the higher score yet drags the journey more: it ranks first
        var card = JourneyScorer.Score(
            Stages, [Tp("a", Uniform(3)), Tp("b", Uniform(4), weight: 4), Tp("c", Uniform(10), weight: 5)], Defaults);

        card.Touchpoints[0].Impact!.Value.Should().BeApproximately(66.0 / 9 - 6.9, 1e-12);
        card.Touchpoints[1].Impact!.Value.Should().BeApproximately(53.0 / 6 - 6.9, 1e-12);
        card.WeakPoints.Should().Equal("b", "a");
    }

    [Fact]
    public void Invalid_journeys_are_rejected()
    {
        var duplicate = () => JourneyScorer.Score(Stages, [Tp("a", null), Tp("a", null)], Defaults);
        var unknownStage = () => JourneyScorer.Score(Stages, [Tp("a", null, stage: "nowhere")], Defaults);
        var negativeWeight = () => JourneyScorer.Score(Stages, [Tp("a", null, weight: -1)], Defaults);

        duplicate.Should().Throw<ArgumentException>().WithMessage("*appears twice*");
        unknownStage.Should().Throw<ArgumentException>().WithMessage("*unknown stage 'nowhere'*");
        negativeWeight.Should().Throw<ArgumentException>().WithMessage("*weights must be ≥ 0*");
    }
}
