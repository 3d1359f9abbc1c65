using CxPortal.Domain.Scoring;

namespace CxPortal.Domain.Tests.Scoring;

public class KeyDriversTests
{
    // x 1 2 3 4 5, y 2 1 4 3 5: means 3 and 3; dx −2 −1 0 1 2, dy −1 −2 1 0 2
    // Σdxdy = 2 + 2 + 0 + 0 + 4 = 8, Σdx² = 10, Σdy² = 10 → r = 8/10 = 0.8 (unchanged by repeating the set)
    private static readonly (double, double)[] Base = [(1, 2), (2, 1), (3, 4), (4, 3), (5, 5)];

    private static List<(double Touchpoint, double Overall)> Repeat(int times) =>
        Enumerable.Repeat(Base, times).SelectMany(b => b).ToList();

    [Fact]
    public void Importance_is_the_pearson_correlation()
    {
        KeyDrivers.Importance(Repeat(6))!.Value.Should().BeApproximately(0.8, 1e-12);
    }

    [Fact]
    public void Importance_needs_30_pairs()
    {
        var pairs = Repeat(6);
        pairs.RemoveAt(0);

        KeyDrivers.MinimumPairs.Should().Be(30);
        KeyDrivers.Importance(pairs).Should().BeNull();
    }

    [Fact]
    public void A_negative_relation_gives_a_negative_importance()
    {
        // y = 10 − x exactly → r = −1
        var pairs = Enumerable.Range(0, 30).Select(i => ((double)(i % 11), 10.0 - (i % 11))).ToList();

        KeyDrivers.Importance(pairs).Should().Be(-1);
    }

    [Fact]
    public void Importance_is_undefined_without_variance()
    {
        var constantTouchpoint = Enumerable.Range(0, 40).Select(i => (10.0, (double)(i % 10))).ToList();
        var constantOverall = Enumerable.Range(0, 40).Select(i => ((double)(i % 10), 7.0)).ToList();

        KeyDrivers.Importance(constantTouchpoint).Should().BeNull();
        KeyDrivers.Importance(constantOverall).Should().BeNull();
    }

    [Fact]
    public void Classify_puts_each_touchpoint_in_a_quadrant()
    {
        // importances .8 .6 .4 .2 → median (.6 + .4)/2 = .5; index 7, weak below 6
        // a .8 / 3   → important, under → fix-first
        // b .6 / 8   → important, 8 ≥ 6 and ≥ 7 → keep-up
        // c .4 / 5   → not important, under → low-priority
        // d .2 / 9   → not important, performing → possible-overkill
        // e no importance → not-enough-data (and is left out of the median)
        DriverInput[] inputs =
        [
            new("a", 0.8, 3), new("b", 0.6, 8), new("c", 0.4, 5), new("d", 0.2, 9), new("e", null, 4),
        ];

        var analysis = KeyDrivers.Classify(inputs, 7, 6);

        analysis.MedianImportance!.Value.Should().BeApproximately(0.5, 1e-12);
        analysis.Drivers.Select(d => d.Quadrant).Should().Equal(
            DriverQuadrants.FixFirst, DriverQuadrants.KeepUp, DriverQuadrants.LowPriority,
            DriverQuadrants.PossibleOverkill, DriverQuadrants.NotEnoughData);
        analysis.FixFirst.Should().Equal("a");
    }

    [Fact]
    public void Below_the_journey_index_counts_as_under_performing_even_above_the_weak_line()
    {
        // median of .9 .7 .1 = .7; a .9 with S 6.5: above median, 6.5 ≥ 6 but < index 7 → fix-first
        // b .7 sits ON the median: not above → with S 5 low-priority
        var analysis = KeyDrivers.Classify([new("a", 0.9, 6.5), new("b", 0.7, 5), new("c", 0.1, 9)], 7, 6);

        analysis.Drivers.Select(d => d.Quadrant).Should().Equal(
            DriverQuadrants.FixFirst, DriverQuadrants.LowPriority, DriverQuadrants.PossibleOverkill);
    }

    [Fact]
    public void Fix_first_ranks_by_importance()
    {
        // median of .5 .9 .7 .1 .2 .3 = (.3 + .5)/2 = .4; a .5, b .9, c .7 are above it and under-performing
        var analysis = KeyDrivers.Classify(
            [new("a", 0.5, 2), new("b", 0.9, 5), new("c", 0.7, 1), new("d", 0.1, 1), new("e", 0.2, 1), new("f", 0.3, 1)],
            null,
            6);

        analysis.FixFirst.Should().Equal("b", "c", "a");
    }

    [Fact]
    public void Without_any_importance_everything_is_not_enough_data()
    {
        var analysis = KeyDrivers.Classify([new("a", null, 2), new("b", 0.5, null)], 5, 6);

        analysis.MedianImportance.Should().BeNull();
        analysis.Drivers.Should().OnlyContain(d => d.Quadrant == DriverQuadrants.NotEnoughData);
        analysis.FixFirst.Should().BeEmpty();
    }
}
