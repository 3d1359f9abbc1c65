using System.Text.Json;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Domain.Touchpoints;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Scores;

/// <summary>A touchpoint on its own: figures, trend buckets, distribution, operational metrics and comments.</summary>
public class TouchpointScoresApiTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_touchpoint_shows_its_trend_distribution_metrics_and_latest_comments(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        await using (var db = app.Database.CreateContext())
        {
            var data = new ScoreData(db);
            var journey = await data.JourneyAsync("shop", "Shop", ("checkout", "Checkout", "decision"), ("support", "Support", "retention"));
            var csat5 = await data.ScaleAsync("csat5");
            var checkout = data.TouchpointId(journey, "checkout");
            var supportId = data.TouchpointId(journey, "support");
            var tp = await db.Touchpoints.Include(t => t.Metrics).SingleAsync(t => t.Id == checkout, TestContext.Current.CancellationToken);
            tp.Metrics.Add(new OperationalMetric
            {
                Code = "conversion", Name = "Conversion", Unit = "%", Direction = MetricDirection.HigherIsBetter, Target = 90, Worst = 50,
                Measurements =
                [
                    new() { PeriodStart = new(2026, 2, 1), PeriodEnd = new(2026, 2, 28), Value = 70 },
                    new() { PeriodStart = new(2025, 12, 1), PeriodEnd = new(2025, 12, 31), Value = 10 },
                ],
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);

            // Window 15 January – 10 March 2026: buckets Jan 15–31, February, Mar 1–10.
            data.Touchpoint("c1", checkout, csat5, 5, ScoreData.At(new(2026, 1, 20)))
                .Touchpoint("c2", checkout, csat5, 5, ScoreData.At(new(2026, 1, 20)))
                .Touchpoint("c3", checkout, csat5, 1, ScoreData.At(new(2026, 2, 10)))
                .Touchpoint("c4", checkout, csat5, 3, ScoreData.At(new(2026, 2, 10)))
                .Touchpoint("c5", checkout, csat5, 5, ScoreData.At(new(2026, 2, 10)))
                .Touchpoint("c6", checkout, csat5, 4, ScoreData.At(new(2026, 3, 5)))
                .Touchpoint("c-before", checkout, csat5, 1, ScoreData.At(new(2026, 1, 14)));
            for (var i = 0; i < 12; i++)
            {
                data.Touchpoint($"s{i}", supportId, csat5, 1 + i % 5, ScoreData.At(new DateOnly(2026, 3, 1).AddDays(i / 3), 8 + i % 3),
                    respondent: $"person-{i}", comment: $"comment {i}");
            }
            data.Touchpoint("s-later", supportId, csat5, 2, ScoreData.At(new(2026, 3, 11)), comment: "after the window");
            await data.WriteAsync();
        }
        var client = app.ClientAs(Roles.CxManager);

        var s = await client.GetJsonAsync("/api/touchpoints/checkout/scores?from=2026-01-15&to=2026-03-10&granularity=month");

        s.GetProperty("touchpoint").GetProperty("code").GetString().Should().Be("checkout");
        s.GetProperty("granularity").GetString().Should().Be("month");
        s.Number("n").Should().Be(6);
        var r = (10 + 10 + 0 + 5 + 10 + 7.5) / 6;
        s.Number("relationship").Should().BeApproximately(r, 1e-9);
        s.Number("operational").Should().BeApproximately(10 * (70 - 50) / 40.0, 1e-9, "only the February measurement overlaps");
        s.Number("score").Should().BeApproximately(0.5 * r + 0.5 * 5, 1e-9);
        s.GetProperty("csat").Number("value").Should().BeApproximately(100.0 * 4 / 6, 1e-9);
        s.GetProperty("flags").Strings().Should().Equal("missed-target", "low-sample");

        var trend = s.GetProperty("trend").EnumerateArray().ToList();
        trend.Select(p => p.GetProperty("periodStart").GetString()).Should().Equal("2026-01-01", "2026-02-01", "2026-03-01");
        trend[0].GetProperty("from").GetString().Should().Be("2026-01-15", "the first bucket is clipped to the window");
        trend.Select(p => p.Number("n")).Should().Equal(2, 3, 1);
        trend.Select(p => p.GetProperty("mean10").Number("value")).Should().Equal(10, 5, 7.5);
        trend.Select(p => p.GetProperty("csat").Number("value")).Should().BeEquivalentTo(new[] { 100, 100.0 / 3, 100 },
            o => o.Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-9)).WhenTypeIs<double>());
        trend.Select(p => p.Number("score")).Should().Equal(10, 0.5 * 5 + 0.5 * 5, 7.5);

        var weeks = await client.GetJsonAsync("/api/touchpoints/checkout/scores?from=2026-01-15&to=2026-03-10&granularity=week");
        var weekly = weeks.GetProperty("trend").EnumerateArray().ToList();
        weekly.Should().HaveCount(9, "ISO weeks from Mon 12 Jan to Mon 9 Mar");
        weekly[0].GetProperty("periodStart").GetString().Should().Be("2026-01-12");
        weekly.Sum(p => p.Number("n")).Should().Be(6);
        (await client.GetJsonAsync("/api/touchpoints/checkout/scores?from=2026-01-15&to=2026-03-10&granularity=quarter"))
            .GetProperty("trend").GetArrayLength().Should().Be(1);

        var distribution = s.GetProperty("distribution").EnumerateArray().Single();
        distribution.GetProperty("scale").GetProperty("code").GetString().Should().Be("csat5");
        distribution.Number("n").Should().Be(6);
        var values = distribution.GetProperty("values").EnumerateArray().ToList();
        values.Select(v => v.Number("count")).Should().Equal(1, 0, 1, 1, 3);
        values.Select(v => v.GetProperty("label").GetString()).Should().Equal(
            "Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied");
        values.Select(v => v.GetProperty("band").GetString()).Should().Equal("below", "below", "below", "satisfied", "top-box");
        values[4].Number("share").Should().BeApproximately(50, 1e-9);

        var metric = s.GetProperty("metrics").EnumerateArray().Single();
        metric.GetProperty("code").GetString().Should().Be("conversion");
        metric.Number("value").Should().Be(70);
        metric.Number("attainment").Should().BeApproximately(5, 1e-9);
        metric.GetProperty("missedTarget").GetBoolean().Should().BeTrue();

        // Comments: the 10 newest in the window, newest first, with text, time, score and scale only.
        var support = await client.GetJsonAsync("/api/touchpoints/support/scores?from=2026-03-01&to=2026-03-10");
        var comments = support.GetProperty("comments").EnumerateArray().ToList();
        comments.Select(c => c.GetProperty("text").GetString()).Should().Equal(Enumerable.Range(2, 10).Reverse().Select(i => $"comment {i}"));
        comments[0].EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("text", "respondedAt", "score", "scale");
        comments[0].GetProperty("respondedAt").GetDateTime().Should().Be(new DateTime(2026, 3, 4, 10, 0, 0, DateTimeKind.Utc));
        comments[0].Number("score").Should().Be(1 + 11 % 5);
        comments[0].GetProperty("scale").GetString().Should().Be("csat5");
        support.GetProperty("operational").ValueKind.Should().Be(JsonValueKind.Null);
    }
}
