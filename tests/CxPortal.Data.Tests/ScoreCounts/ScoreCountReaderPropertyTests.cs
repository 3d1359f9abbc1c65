using CxPortal.Data.Ingestion;
using CxPortal.Data.ScoreCounts;
using CxPortal.Domain.Scoring;
using CxPortal.Domain.Surveys;
using CxPortal.Testing;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Data.Tests.ScoreCounts;

/// <summary>
/// For random responses (random subjects, scales, scores, days and segments) every set read through
/// the count store equals the set recounted from the raw responses in memory: without a filter, with a
/// one-dimension filter (segment counts), with a two-dimension filter (raw fallback), per segment value,
/// per trend bucket, and for the previous window.
/// </summary>
public class ScoreCountReaderPropertyTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);
    private const int Days = 24;

    private sealed record Raw(int Subject, int Scale, int Score, int Day, int? Region, int? Product);

    private sealed record Case(Raw[] Responses, int From, int Length, int[] Regions, int[] Products);

    private static Gen<Raw> RawGen(int scales, Func<int, (int Min, int Max)> range) =>
        from subject in Gen.Choose(0, 3)
        from scale in Gen.Choose(0, scales - 1)
        from score in Gen.Choose(range(scale).Min, range(scale).Max)
        from day in Gen.Choose(0, Days - 1)
        from region in Gen.Elements<int?>(null, 0, 1, 2)
        from product in Gen.Elements<int?>(null, 0, 1)
        select new Raw(subject, scale, score, day, region, product);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_read_of_the_count_store_equals_a_recount_of_the_raw_responses(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var setup = database.CreateContext();
        var inv = await TestInventory.AddAsync(setup, touchpoints: 3);
        var scales = inv.Scales.Values.OrderBy(s => s.Id).ToList();
        var resolver = new SegmentValueResolver(setup);
        var regions = new List<int>();
        foreach (var r in new[] { "EMEA", "APAC", "Americas" })
        {
            regions.Add(await resolver.ResolveAsync(inv.Region.Id, r, TestContext.Current.CancellationToken));
        }
        var products = new List<int>();
        foreach (var p in new[] { "phone", "tablet" })
        {
            products.Add(await resolver.ResolveAsync(inv.Product.Id, p, TestContext.Current.CancellationToken));
        }
        var subjects = inv.Touchpoints.Select(t => Subject.Touchpoint(t.Id)).Append(Subject.Journey(inv.Journey.Id)).ToList();
        var definitions = scales.ToDictionary(s => s.Id, ScaleDefinition.From);

        var cases = from responses in Gen.ArrayOf(RawGen(scales.Count, i => (scales[i].Min, scales[i].Max)))
                    from first in Gen.Choose(Days / 2 - 4, Days / 2 + 4)
                    from length in Gen.Choose(1, Days / 2 - 4)
                    from someRegions in Gen.SubListOf(new[] { 0, 1, 2 })
                    from someProducts in Gen.SubListOf(new[] { 0, 1 })
                    select new Case(responses, first, length, someRegions.ToArray(), someProducts.ToArray());

        var run = 0;
        Prop.ForAll(cases.ToArbitrary(), c => CheckAsync(c, ++run).GetAwaiter().GetResult())
            .Check(Config.QuickThrowOnFailure.WithMaxTest(25));

        async Task CheckAsync(Case c, int n)
        {
            await using var db = database.CreateContext();
            await db.Database.ExecuteSqlRawAsync(
                "DELETE FROM segment_score_counts; DELETE FROM score_counts; DELETE FROM response_segments; DELETE FROM responses;");
            var staged = c.Responses.Select((r, i) => new StagedResponse(i + 1, $"case{n}-{i}",
                subjects[r.Subject].Kind, subjects[r.Subject].Id, scales[r.Scale].Id, r.Score,
                Start.AddDays(r.Day).ToDateTime(new TimeOnly(i % 24, 0), DateTimeKind.Utc), null, null,
                [
                    .. r.Region is { } g ? [new SegmentRef(inv.Region.Id, regions[g])] : Array.Empty<SegmentRef>(),
                    .. r.Product is { } p ? [new SegmentRef(inv.Product.Id, products[p])] : Array.Empty<SegmentRef>(),
                ])).ToList();
            (await ResponseWriter.WriteAsync(db, staged)).Accepted.Should().Be(staged.Count);

            var window = new Period(Start.AddDays(c.From), Start.AddDays(c.From + c.Length - 1));
            var previous = Periods.Previous(window.From, window.To);
            var reader = new ScoreCountReader(db, await ScoreCountReader.LoadScalesAsync(db));
            var regionFilter = new SegmentCondition(inv.Region.Id, c.Regions.Select(i => regions[i]).ToList());
            var productFilter = new SegmentCondition(inv.Product.Id, c.Products.Select(i => products[i]).ToList());

            bool In(Raw r, Period p) => p.Contains(Start.AddDays(r.Day));
            bool InRegions(Raw r) => r.Region is { } g && c.Regions.Contains(g);
            bool InProducts(Raw r) => r.Product is { } p && c.Products.Contains(p);
            ScoreSet Recount(IEnumerable<Raw> raw, int subject) => raw.Where(r => r.Subject == subject)
                .Aggregate(new ScoreSet(), (set, r) => set.Add(definitions[scales[r.Scale].Id], r.Score));

            void Same(SubjectSets actual, Func<Raw, bool> select, string what)
            {
                for (var s = 0; s < subjects.Count; s++)
                {
                    var expected = Recount(c.Responses.Where(select), s);
                    actual[subjects[s]].SameCounts(expected).Should().BeTrue($"{what}, subject {s}");
                    ScoreFigures.Compute(actual[subjects[s]], 0.95).Should().Be(ScoreFigures.Compute(expected, 0.95), what);
                }
            }

            var totals = await reader.TotalsAsync(subjects, window, previous, SegmentFilter.None);
            Same(totals.Current, r => In(r, window), "window");
            Same(totals.Previous, r => In(r, previous), "previous window");

            var oneDimension = await reader.TotalsAsync(subjects, window, new SegmentFilter([regionFilter]));
            Same(oneDimension, r => In(r, window) && InRegions(r), "one-dimension filter");

            var twoDimensions = await reader.TotalsAsync(subjects, window, previous, new SegmentFilter([regionFilter, productFilter]));
            Same(twoDimensions.Current, r => In(r, window) && InRegions(r) && InProducts(r), "two-dimension filter");
            Same(twoDimensions.Previous, r => In(r, previous) && InRegions(r) && InProducts(r), "two-dimension filter, previous");

            var byRegion = await reader.BySegmentValueAsync(subjects, window,
                new SegmentCondition(inv.Region.Id, regions), new SegmentFilter([productFilter]));
            for (var g = 0; g < regions.Count; g++)
            {
                var value = g;
                Same(byRegion[regions[g]], r => In(r, window) && r.Region == value && InProducts(r), $"region {g} within products");
            }

            var series = await reader.SeriesAsync(subjects, window, Granularity.Week, new SegmentFilter([productFilter]));
            foreach (var subject in Enumerable.Range(0, subjects.Count))
            {
                var buckets = series[subjects[subject]];
                buckets.Should().Equal(Periods.Enumerate(window.From, window.To, Granularity.Week), (a, b) => a.Period == b);
                foreach (var bucket in buckets)
                {
                    bucket.Set.SameCounts(Recount(c.Responses.Where(r => In(r, bucket.Period) && InProducts(r)), subject))
                        .Should().BeTrue($"week bucket {bucket.Period}, subject {subject}");
                }
            }
        }
    }
}
