using CxPortal.Domain.Scoring;
using CxPortal.Domain.Surveys;

namespace CxPortal.Domain.Tests.Scoring;

public class ScoreSetTests
{
    [Fact]
    public void A_new_set_is_empty()
    {
        var set = new ScoreSet();

        set.IsEmpty.Should().BeTrue();
        set.N.Should().Be(0);
        set.Histograms.Should().BeEmpty();
    }

    [Fact]
    public void N_counts_every_scale()
    {
        var set = new ScoreSet()
            .Add(TestScales.Nps, 9, 3)
            .Add(TestScales.Csat5, 4, 2)
            .Add(TestScales.Nps, 2);

        set.N.Should().Be(6);
        set.IsEmpty.Should().BeFalse();
        set.For(TestScales.Nps.Id)!.N.Should().Be(4);
        set.For(TestScales.Ces7.Id).Should().BeNull();
    }

    [Fact]
    public void Adding_zero_responses_keeps_the_set_empty_but_still_validates_the_score()
    {
        var set = new ScoreSet().Add(TestScales.Nps, 5, 0);

        set.IsEmpty.Should().BeTrue();
        set.Histograms.Should().BeEmpty();
        var act = () => set.Add(TestScales.Nps, 11, 0);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_same_scale_id_with_a_different_definition_is_rejected()
    {
        var set = new ScoreSet().Add(TestScales.Csat5, 4);
        var edited = TestScales.Csat5 with { SatisfiedMin = 3 };

        var act = () => set.Add(edited, 4);

        act.Should().Throw<ArgumentException>().WithMessage("*different definition*");
    }

    [Fact]
    public void Minus_drops_scales_left_without_responses()
    {
        var value = new ScoreSet().Add(TestScales.Ces7, 6, 2);
        var total = new ScoreSet().Add(TestScales.Ces7, 6, 2).Add(TestScales.Nps, 10);

        var rest = total.Minus(value);

        rest.N.Should().Be(1);
        rest.Histograms.Should().ContainSingle().Which.Scale.Should().Be(TestScales.Nps);
        rest.SameCounts(TestScales.Set(TestScales.Nps, 10)).Should().BeTrue();
    }

    [Fact]
    public void Minus_of_a_scale_the_set_lacks_throws()
    {
        var act = () => TestScales.Set(TestScales.Nps, 10).Minus(TestScales.Set(TestScales.Csat5, 5));

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void OfKind_keeps_only_that_kind()
    {
        var set = new ScoreSet().Add(TestScales.Nps, 10).Add(TestScales.Csat5, 4).Add(TestScales.Csat10, 8);

        var csat = set.OfKind(ScaleKind.Csat);

        csat.N.Should().Be(2);
        csat.Histograms.Select(h => h.Scale.Code).Should().BeEquivalentTo("csat5", "csat10");
    }

    [Fact]
    public void SameCounts_tells_different_sets_apart()
    {
        var a = TestScales.Set(TestScales.Nps, 9, 10);

        a.SameCounts(TestScales.Set(TestScales.Nps, 10, 9)).Should().BeTrue();
        a.SameCounts(TestScales.Set(TestScales.Nps, 9, 9)).Should().BeFalse();
        a.SameCounts(TestScales.Set(TestScales.Rating10, 9, 10)).Should().BeFalse();
        a.SameCounts(new ScoreSet().AddScores(TestScales.Nps, 9, 10).Add(TestScales.Csat5, 1)).Should().BeFalse();
    }
}
