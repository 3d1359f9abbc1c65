using CxPortal.Domain.Scoring;

namespace CxPortal.Domain.Tests.Scoring;

public class FigureComparisonTests
{
    [Fact]
    public void Compares_every_figure_of_two_sets()
    {
        // current rating10: 8 10 9 9 → mean 9, var (1 + 1 + 0 + 0)/3 = 2/3; satisfied (≥ 7) 4/4; top box (≥ 9) 3/4
        // previous rating10: 2 6 4 → mean 4, var (4 + 4 + 0)/2 = 4; satisfied 0/3; top box 0/3
        var current = TestScales.Set(TestScales.Rating10, 8, 10, 9, 9);
        var previous = TestScales.Set(TestScales.Rating10, 2, 6, 4);

        var c = FigureComparison.Compare(current, previous, 0.95);

        // Welch: SE² = (2/3)/4 + 4/3 = 1.5, t = 5/√1.5 = 4.082483
        // df = 1.5²/((1/6)²/3 + (4/3)²/2) = 2.25/.898148 = 2.505155; t(.975; 2.505) = 3.569398 → significant
        c.Mean10!.Delta.Should().BeApproximately(5, 1e-12);
        c.Mean10.Statistic!.Value.Should().BeApproximately(4.082483, 1e-6);
        c.Mean10.DegreesOfFreedom!.Value.Should().BeApproximately(2.505155, 1e-6);
        c.Mean10.CriticalValue!.Value.Should().BeApproximately(3.569398, 1e-5);
        c.Mean10.PValue!.Value.Should().BeApproximately(0.037131, 1e-5);
        c.Mean10.Significant.Should().BeTrue();
        // CSAT: 100 % vs 0 %, pooled 4/7, SE = √(4/7·3/7·(1/4 + 1/3)) = √(1/7) → z = 1/.377964 = 2.645751
        c.Csat!.Delta.Should().Be(100);
        c.Csat.Statistic!.Value.Should().BeApproximately(2.645751, 1e-6);
        c.Csat.Significant.Should().BeTrue();
        // top box: 75 % vs 0 %, pooled 3/7, SE = √(3/7·4/7·7/12) = √(1/7) → z = .75·√7 = 1.984313 ≥ 1.96
        c.TopBox!.Delta.Should().Be(75);
        c.TopBox.Statistic!.Value.Should().BeApproximately(1.984313, 1e-6);
        c.TopBox.Significant.Should().BeTrue();
        // a rating scale has no NPS
        c.Nps.Should().BeNull();
    }

    [Fact]
    public void A_segment_value_against_the_rest()
    {
        // total nps = EMEA (P 13, passives 6, D 1) + others (P 8, passives 8, D 4)
        // rest = total − EMEA = others → NPS 60 vs 20, z = 1.959511 (see SignificanceTests): not significant
        var emea = new ScoreSet().Add(TestScales.Nps, 10, 13).Add(TestScales.Nps, 8, 6).Add(TestScales.Nps, 2, 1);
        var others = new ScoreSet().Add(TestScales.Nps, 9, 8).Add(TestScales.Nps, 7, 8).Add(TestScales.Nps, 6, 4);
        var total = emea.Plus(others);

        var c = FigureComparison.Compare(emea, total.Minus(emea), 0.95);

        c.Nps!.Current.Should().Be(60);
        c.Nps.Previous.Should().Be(20);
        c.Nps.Statistic!.Value.Should().BeApproximately(1.959511, 1e-6);
        c.Nps.Significant.Should().BeFalse();
        c.Csat.Should().BeNull("nps responses have no CSAT");
        c.TopBox.Should().BeNull();
        c.Mean10.Should().NotBeNull();
    }

    [Fact]
    public void An_empty_side_gives_no_deltas()
    {
        var c = FigureComparison.Compare(TestScales.Set(TestScales.Nps, 9, 10), new ScoreSet(), 0.95);

        c.Should().Be(new FigureComparison(null, null, null, null));
    }
}
