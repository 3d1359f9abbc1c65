using CxPortal.Domain.Scoring;

namespace CxPortal.Domain.Tests.Scoring;

public class ScoreHistogramTests
{
    [Fact]
    public void Counts_are_indexed_by_score_minus_min_and_sum_to_n()
    {
        var h = new ScoreHistogram(TestScales.Csat5);
        h.Add(1);
        h.Add(4, 3);
        h.Add(5, 2);

        h.Counts.Should().Equal(1L, 0L, 0L, 3L, 2L);
        h.N.Should().Be(6);
        h.Count(4).Should().Be(3);
        h.Count(9).Should().Be(0);
        // satisfied ≥ 4: 3 + 2 = 5; top box ≥ 5: 2
        h.Satisfied.Should().Be(5);
        h.TopBox.Should().Be(2);
    }

    [Fact]
    public void Sums_are_of_normalised_scores()
    {
        var h = new ScoreHistogram(TestScales.Csat5);
        h.Add(1);
        h.Add(4, 3);
        h.Add(5, 2);

        // normalised 0, 7.5 ×3, 10 ×2 → Σ = 22.5 + 20 = 42.5; Σx² = 3·56.25 + 2·100 = 368.75
        h.SumNormalised.Should().BeApproximately(42.5, 1e-12);
        h.SumSquaresNormalised.Should().BeApproximately(368.75, 1e-12);
        // about 5: 25 + 3·6.25 + 2·25 = 93.75
        h.SumSquaredDeviations(5).Should().BeApproximately(93.75, 1e-12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void A_score_outside_the_scale_throws(int score)
    {
        var h = new ScoreHistogram(TestScales.Csat5);

        var act = () => h.Add(score);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*outside scale 'csat5' (1–5)*");
        h.N.Should().Be(0);
    }

    [Fact]
    public void A_negative_count_throws()
    {
        var act = () => new ScoreHistogram(TestScales.Csat5).Add(3, -1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Plus_and_minus_add_and_subtract_per_score()
    {
        var total = new ScoreHistogram(TestScales.Nps);
        total.Add(10, 5);
        total.Add(3, 2);
        total.Add(0, 3);
        var segment = new ScoreHistogram(TestScales.Nps);
        segment.Add(10, 4);
        segment.Add(3, 2);
        segment.Add(0, 1);

        var rest = total.Minus(segment);

        // 10: 5 − 4 = 1, 3: 2 − 2 = 0, 0: 3 − 1 = 2
        rest.N.Should().Be(3);
        rest.Counts.Should().Equal(2L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
        rest.Plus(segment).SameCounts(total).Should().BeTrue();
        total.N.Should().Be(10, "Plus and Minus return new histograms");
    }

    [Fact]
    public void Minus_never_produces_a_negative_count()
    {
        var total = new ScoreHistogram(TestScales.Nps);
        total.Add(10, 1);
        var more = new ScoreHistogram(TestScales.Nps);
        more.Add(10, 2);

        var act = () => total.Minus(more);

        act.Should().Throw<InvalidOperationException>().WithMessage("*subtract 2 responses of score 10*");
    }

    [Fact]
    public void Histograms_of_different_scales_do_not_combine()
    {
        var act = () => new ScoreHistogram(TestScales.Nps).Plus(new ScoreHistogram(TestScales.Rating10));

        act.Should().Throw<ArgumentException>();
    }
}
