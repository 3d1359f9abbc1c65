using CxPortal.Domain.Scoring;
using CxPortal.Domain.Surveys;
using FsCheck;
using FsCheck.Fluent;

namespace CxPortal.Domain.Tests.Scoring;

/// <summary>Decomposability and range properties, checked on random response lists.</summary>
public class ScoreFiguresPropertyTests
{
    private static readonly Gen<(ScaleDefinition Scale, int Score)> Response =
        from scale in Gen.Elements(TestScales.All)
        from score in Gen.Choose(scale.Min, scale.Max)
        select (scale, score);

    private static readonly Arbitrary<(ScaleDefinition Scale, int Score)[]> Responses =
        Gen.ArrayOf(Response).ToArbitrary();

    private static readonly Arbitrary<double> Levels = Gen.Elements(0.8, 0.9, 0.95, 0.99).ToArbitrary();

    private static ScoreSet Build(IEnumerable<(ScaleDefinition Scale, int Score)> responses)
    {
        var set = new ScoreSet();
        foreach (var (scale, score) in responses)
        {
            set.Add(scale, score);
        }

        return set;
    }

    [Fact]
    public void Figures_of_a_sum_equal_the_figures_of_the_concatenated_raw_lists()
    {
        Prop.ForAll(Responses, Responses, Levels, (a, b, level) =>
        {
            var viaPlus = ScoreFigures.Compute(Build(a).Plus(Build(b)), level);
            var viaRaw = ScoreFigures.Compute(Build(a.Concat(b)), level);

            viaPlus.Should().Be(viaRaw);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Figures_agree_with_a_naive_recount_of_the_raw_list()
    {
        // An independent, deliberately plain implementation over the raw list.
        Prop.ForAll(Responses, raw =>
        {
            var f = ScoreFigures.Compute(Build(raw), 0.95);

            f.N.Should().Be(raw.Length);
            if (raw.Length == 0)
            {
                f.Mean10.Should().BeNull();
                return;
            }

            var x = raw.Select(r => 10.0 * (r.Score - r.Scale.Min) / (r.Scale.Max - r.Scale.Min)).ToArray();
            f.Mean10!.Value.Should().BeApproximately(x.Average(), 1e-9);
            if (raw.Length > 1)
            {
                var sd = Math.Sqrt(x.Sum(v => (v - x.Average()) * (v - x.Average())) / (x.Length - 1));
                f.Mean10Sd!.Value.Should().BeApproximately(sd, 1e-9);
            }

            var nonNps = raw.Where(r => r.Scale.Kind != ScaleKind.Nps).ToArray();
            if (nonNps.Length == 0)
            {
                f.Csat.Should().BeNull();
                f.TopBox.Should().BeNull();
            }
            else
            {
                f.Csat!.Value.Should().BeApproximately(
                    100.0 * nonNps.Count(r => r.Score >= r.Scale.SatisfiedMin) / nonNps.Length, 1e-9);
                f.TopBox!.Value.Should().BeApproximately(
                    100.0 * nonNps.Count(r => r.Score >= r.Scale.TopBoxMin) / nonNps.Length, 1e-9);
            }

            var nps = raw.Where(r => r.Scale.Kind == ScaleKind.Nps).ToArray();
            if (nps.Length == 0)
            {
                f.Nps.Should().BeNull();
            }
            else
            {
                // promoter ≥ SatisfiedMin, detractor: normalised ≤ 6
                var p = nps.Count(r => r.Score >= r.Scale.SatisfiedMin);
                var d = nps.Count(r => r.Score < r.Scale.SatisfiedMin
                    && 10.0 * (r.Score - r.Scale.Min) / (r.Scale.Max - r.Scale.Min) <= 6 + 1e-12);
                f.Nps!.Value.Should().BeApproximately(100.0 * (p - d) / nps.Length, 1e-9);
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Plus_then_minus_gives_back_the_original()
    {
        Prop.ForAll(Responses, Responses, (a, b) =>
        {
            var setA = Build(a);
            var roundTrip = setA.Plus(Build(b)).Minus(Build(b));

            roundTrip.SameCounts(setA).Should().BeTrue();
            ScoreFigures.Compute(roundTrip, 0.95).Should().Be(ScoreFigures.Compute(setA, 0.95));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Wilson_bounds_lie_within_0_to_100_and_contain_the_estimate()
    {
        var cases =
            from n in Gen.Choose(1, 5000)
            // k = 0 and k = n are where rounding noise pushes an unguarded bound past 0 or 100
            from k in Gen.OneOf(Gen.Constant(0), Gen.Constant(n), Gen.Choose(0, n))
            from z in Gen.Elements(1.282, 1.645, 1.96, 2.576, 3.291)
            select (k, n, z);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var e = Intervals.Wilson(c.k, c.n, c.z)!;

            e.CiLow!.Value.Should().BeInRange(0, e.Value);
            e.CiHigh!.Value.Should().BeInRange(e.Value, 100);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Nps_and_its_interval_lie_within_minus_100_to_100()
    {
        var cases =
            from n in Gen.Choose(1, 5000)
            from p in Gen.Choose(0, n)
            from d in Gen.Choose(0, n - p)
            from z in Gen.Elements(1.282, 1.645, 1.96, 2.576, 3.291)
            select (p, d, n, z);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var e = Intervals.AdjustedWaldNps(c.p, c.d, c.n, c.z)!;

            e.Value.Should().BeInRange(-100, 100);
            e.CiLow!.Value.Should().BeInRange(-100, e.CiHigh!.Value);
            e.CiHigh!.Value.Should().BeInRange(e.CiLow.Value, 100);
        }).QuickCheckThrowOnFailure();
    }
}
