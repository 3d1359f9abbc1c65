using CxPortal.Domain.Scoring;
using CxPortal.Domain.Surveys;

namespace CxPortal.Domain.Tests.Scoring;

public class ScaleDefinitionTests
{
    [Fact]
    public void From_copies_the_entity()
    {
        var entity = BuiltInScales.Create().Single(s => s.Code == "csat10");
        entity.Id = 42;

        ScaleDefinition.From(entity).Should().Be(new ScaleDefinition(42, "csat10", ScaleKind.Csat, 1, 10, 8, 9));
    }

    [Theory]
    // csat5: 10·(s − 1)/4
    [InlineData(2, 1, 0.0)]
    [InlineData(2, 2, 2.5)]
    [InlineData(2, 5, 10.0)]
    // ces7: 10·(4 − 1)/6 = 5
    [InlineData(4, 4, 5.0)]
    // csat10: 10·(8 − 1)/9 = 70/9
    [InlineData(3, 8, 70.0 / 9)]
    // 0–1: 0 → 0, 1 → 10
    [InlineData(6, 0, 0.0)]
    [InlineData(6, 1, 10.0)]
    public void Normalise_is_ten_times_the_position_in_the_range(int scaleId, int score, double expected)
    {
        TestScales.All.Single(s => s.Id == scaleId).Normalise(score).Should().BeApproximately(expected, 1e-12);
    }

    [Theory]
    // 0–10: promoter ≥ 9, detractor ≤ 6 (normalised ≤ 6)
    [InlineData(1, 0, "detractor")]
    [InlineData(1, 6, "detractor")]
    [InlineData(1, 7, "passive")]
    [InlineData(1, 8, "passive")]
    [InlineData(1, 9, "promoter")]
    [InlineData(1, 10, "promoter")]
    // 1–5 nps-kind: detractor ≤ 1 + 0.6·4 = 3.4 → 3 detractor, 4 passive, 5 promoter
    [InlineData(7, 3, "detractor")]
    [InlineData(7, 4, "passive")]
    [InlineData(7, 5, "promoter")]
    public void Nps_lines_generalise_promoter_at_satisfied_min_and_detractor_at_normalised_six(
        int scaleId, int score, string expected)
    {
        var scale = TestScales.All.Single(s => s.Id == scaleId);
        var actual = scale.IsPromoter(score) ? "promoter" : scale.IsDetractor(score) ? "detractor" : "passive";
        actual.Should().Be(expected);
    }

    [Fact]
    public void Binary_nps_scale_has_no_passives()
    {
        // 0–1: detractor ≤ 0 + 0.6 → 0; promoter ≥ SatisfiedMin 1.
        var scale = new ScaleDefinition(9, "nps01", ScaleKind.Nps, 0, 1, 1, 1);

        scale.IsDetractor(0).Should().BeTrue();
        scale.IsPromoter(1).Should().BeTrue();
        scale.IsDetractor(1).Should().BeFalse();
    }

    [Fact]
    public void A_score_is_never_both_promoter_and_detractor_even_when_an_admin_overlaps_the_lines()
    {
        // SatisfiedMin 5 lies under the detractor line (≤ 6): promoter wins.
        var scale = new ScaleDefinition(9, "odd", ScaleKind.Nps, 0, 10, 5, 5);

        scale.IsPromoter(6).Should().BeTrue();
        scale.IsDetractor(6).Should().BeFalse();
        scale.IsDetractor(4).Should().BeTrue();
    }

    [Fact]
    public void A_range_without_width_cannot_be_used()
    {
        var flat = new ScaleDefinition(9, "flat", ScaleKind.Rating, 3, 3, 3, 3);

        var act = () => new ScoreHistogram(flat);

        act.Should().Throw<ArgumentException>().WithMessage("*max must be greater than min*");
    }
}
