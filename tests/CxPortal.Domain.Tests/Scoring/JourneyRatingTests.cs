using CxPortal.Domain.Scoring;
using CxPortal.Domain.Surveys;

namespace CxPortal.Domain.Tests.Scoring;

public class JourneyRatingTests
{
    [Fact]
    public void Overall_and_pool_come_from_raw_counts_not_an_average_of_averages()
    {
        // overall (journey-level) nps: 10 10 9 3 → (3 − 1)/4 = 50
        // touchpoint a nps: 10 0 → NPS 0; touchpoint b nps: 9 9 9 6 → NPS 50
        // pool: 10 0 9 9 9 6 → P 4, D 2, n 6 → 100·2/6 = 33.33 (an average of averages would say 25)
        var overall = TestScales.Set(TestScales.Nps, 10, 10, 9, 3);
        var pool = JourneyRating.PoolOf([TestScales.Set(TestScales.Nps, 10, 0), TestScales.Set(TestScales.Nps, 9, 9, 9, 6)]);

        var rating = JourneyRating.Compute(overall, pool, 0.95);

        rating.Overall.N.Should().Be(4);
        rating.Overall.Nps!.Value.Should().Be(50);
        rating.Pool.N.Should().Be(6);
        rating.Pool.Nps!.Value.Should().BeApproximately(100.0 / 3, 1e-12);
    }

    [Fact]
    public void Both_sides_can_be_restricted_to_one_scale_kind()
    {
        // overall: nps 10 + csat5 1; pool: nps 0 + csat5 5 5. Restricted to csat:
        // overall CSAT 0/1 = 0 %, pool CSAT 2/2 = 100 %, and the nps responses are gone
        var overall = new ScoreSet().Add(TestScales.Nps, 10).Add(TestScales.Csat5, 1);
        var pool = new ScoreSet().Add(TestScales.Nps, 0).Add(TestScales.Csat5, 5, 2);

        var rating = JourneyRating.Compute(overall, pool, 0.95, ScaleKind.Csat);

        rating.Kind.Should().Be(ScaleKind.Csat);
        rating.Overall.N.Should().Be(1);
        rating.Overall.Csat!.Value.Should().Be(0);
        rating.Overall.Nps.Should().BeNull();
        rating.Pool.N.Should().Be(2);
        rating.Pool.Csat!.Value.Should().Be(100);
    }

    [Fact]
    public void A_journey_without_overall_ratings_shows_no_figures_beside_its_pool()
    {
        var rating = JourneyRating.Compute(new ScoreSet(), TestScales.Set(TestScales.Csat5, 4), 0.95);

        rating.Overall.N.Should().Be(0);
        rating.Overall.Mean10.Should().BeNull();
        rating.Pool.Mean10!.Value.Should().Be(7.5);
    }
}
