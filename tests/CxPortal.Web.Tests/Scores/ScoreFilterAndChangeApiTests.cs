using System.Text.Json;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;

namespace CxPortal.Web.Tests.Scores;

/// <summary>Segment filters (one dimension from the segment counts, several from raw) and change vs the previous window.</summary>
public class ScoreFilterAndChangeApiTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Segment_filters_narrow_every_figure_to_the_matching_responses(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        await using (var db = app.Database.CreateContext())
        {
            await LaunchJourney.AddAsync(new ScoreData(db), Today, days: 10);
        }
        var client = app.ClientAs(Roles.CxManager);
        const string url = "/api/journeys/product-launch/scores";

        // One value of one dimension: slot 0 of every day (store 2, stock 0, overall 5).
        var emea = await client.GetJsonAsync($"{url}?segment=region:EMEA");
        emea.Touchpoint("electronics-store").Number("n").Should().Be(10);
        emea.Touchpoint("electronics-store").Number("score").Should().BeApproximately(2, 1e-9);
        emea.Touchpoint("stock-availability").Number("score").Should().BeApproximately(0, 1e-9);
        emea.Number("index").Should().BeApproximately((10 + 2 + 10 + 10 + 0) / 5.0, 1e-9);
        emea.GetProperty("overall").GetProperty("topBox").Number("value").Should().BeApproximately(100, 1e-9);
        emea.GetProperty("segments")[0].GetProperty("dimension").GetString().Should().Be("region");

        // Two values of one dimension are alternatives: store 2 and 4.
        var two = await client.GetJsonAsync($"{url}?segment=region:EMEA&segment=region:APAC");
        two.Touchpoint("electronics-store").Number("n").Should().Be(20);
        two.Touchpoint("electronics-store").Number("score").Should().BeApproximately(3, 1e-9);
        two.GetProperty("overall").GetProperty("topBox").Number("value").Should().BeApproximately(50, 1e-9);

        // Two dimensions must both hold (raw fallback): EMEA on the five even days.
        var both = await client.GetJsonAsync($"{url}?segment=region:EMEA&segment=product:phone");
        var store = both.Touchpoint("electronics-store");
        store.Number("n").Should().Be(5);
        store.Number("score").Should().BeApproximately(2, 1e-9);
        store.GetProperty("flags").Strings().Should().Contain("low-sample");
        store.GetProperty("tentative").GetBoolean().Should().BeTrue();
        both.GetProperty("overall").Number("n").Should().Be(5);

        // A value never seen matches nothing: no data, never 0.
        var none = await client.GetJsonAsync($"{url}?segment=region:Mars");
        none.GetProperty("index").ValueKind.Should().Be(JsonValueKind.Null);
        none.Touchpoint("electronics-store").Number("n").Should().Be(0);
        none.Touchpoint("electronics-store").GetProperty("score").ValueKind.Should().Be(JsonValueKind.Null);
        none.GetProperty("overall").GetProperty("mean10").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Change_vs_the_previous_window_carries_delta_and_a_significance_test(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var current = new DateOnly(2026, 3, 1);   // window 1–10 March, previous window 19–28 February
        var previous = new DateOnly(2026, 2, 19);
        await using (var db = app.Database.CreateContext())
        {
            var data = new ScoreData(db);
            var journey = await data.JourneyAsync("change", "Change", ("better", "Better", "decision"), ("same", "Same", "decision"));
            var csat5 = await data.ScaleAsync("csat5");
            var nps = await data.ScaleAsync("nps");
            var better = data.TouchpointId(journey, "better");
            var same = data.TouchpointId(journey, "same");
            for (var i = 0; i < 50; i++)
            {
                var day = i % 10;
                data.Touchpoint($"b-prev-{i}", better, csat5, i < 40 ? 2 : 4, ScoreData.At(previous.AddDays(day)));
                data.Touchpoint($"b-cur-{i}", better, csat5, i < 40 ? 5 : 4, ScoreData.At(current.AddDays(day)));
                data.Touchpoint($"s-prev-{i}", same, csat5, i < 25 ? 4 : 5, ScoreData.At(previous.AddDays(day)));
                data.Touchpoint($"s-cur-{i}", same, csat5, i < 25 ? 4 : 5, ScoreData.At(current.AddDays(day)));
            }
            for (var i = 0; i < 30; i++)
            {
                data.Overall($"o-prev-{i}", journey.Id, nps, i < 20 ? 3 : 10, ScoreData.At(previous.AddDays(i % 10)));
                data.Overall($"o-cur-{i}", journey.Id, nps, i < 20 ? 10 : 3, ScoreData.At(current.AddDays(i % 10)));
            }
            // Outside both windows: must not count anywhere.
            data.Touchpoint("b-old", better, csat5, 1, ScoreData.At(previous.AddDays(-1)));
            data.Touchpoint("b-new", better, csat5, 1, ScoreData.At(current.AddDays(10)));
            await data.WriteAsync();
        }

        var s = await app.ClientAs(Roles.CxManager).GetJsonAsync("/api/journeys/change/scores?from=2026-03-01&to=2026-03-10");

        s.GetProperty("previous").GetProperty("from").GetString().Should().Be("2026-02-19");
        s.GetProperty("previous").GetProperty("to").GetString().Should().Be("2026-02-28");
        var change = s.Touchpoint("better").GetProperty("change");
        s.Touchpoint("better").Number("n").Should().Be(50);

        // CSAT 100% vs 20%: two-proportion z with the pooled proportion 0.6.
        var csat = change.GetProperty("csat");
        csat.Number("current").Should().BeApproximately(100, 1e-9);
        csat.Number("previous").Should().BeApproximately(20, 1e-9);
        csat.Number("delta").Should().BeApproximately(80, 1e-9);
        csat.Number("statistic").Should().BeApproximately(0.8 / Math.Sqrt(0.6 * 0.4 * (1.0 / 50 + 1.0 / 50)), 1e-9);
        csat.GetProperty("significant").GetBoolean().Should().BeTrue();
        csat.Number("pValue").Should().BeLessThan(1e-6);
        change.GetProperty("topBox").Number("delta").Should().BeApproximately(80, 1e-9);

        // Mean10 9.5 vs 3.5: Welch's t with variances 50/49 and 200/49.
        var mean10 = change.GetProperty("mean10");
        mean10.Number("delta").Should().BeApproximately(6, 1e-9);
        mean10.Number("statistic").Should().BeApproximately(6 / Math.Sqrt((50.0 / 49 + 200.0 / 49) / 50), 1e-9);
        mean10.GetProperty("significant").GetBoolean().Should().BeTrue();
        change.GetProperty("score").Number("delta").Should().BeApproximately(6, 1e-9);

        // The same distribution in both windows: a zero delta, never significant.
        var still = s.Touchpoint("same").GetProperty("change");
        foreach (var figure in new[] { "mean10", "csat", "topBox" })
        {
            still.GetProperty(figure).Number("delta").Should().BeApproximately(0, 1e-9);
            still.GetProperty(figure).GetProperty("significant").GetBoolean().Should().BeFalse();
        }
        still.GetProperty("nps").ValueKind.Should().Be(JsonValueKind.Null, "no nps responses on either side");

        // Overall NPS +33.3 vs −33.3: z = ΔNPS / √(SE₁² + SE₂²) with adjusted-Wald SEs.
        static double Se(int promoters, int detractors, int n)
        {
            double n1 = n + 3, p = (promoters + 0.75) / n1, d = (detractors + 0.75) / n1;
            return Math.Sqrt((p + d - (p - d) * (p - d)) / n1) * 100;
        }
        var npsChange = s.GetProperty("overall").GetProperty("change").GetProperty("nps");
        npsChange.Number("current").Should().BeApproximately(100.0 / 3, 1e-9);
        npsChange.Number("previous").Should().BeApproximately(-100.0 / 3, 1e-9);
        npsChange.Number("statistic").Should().BeApproximately((200.0 / 3) / Math.Sqrt(Math.Pow(Se(20, 10, 30), 2) + Math.Pow(Se(10, 20, 30), 2)), 1e-9);
        npsChange.GetProperty("significant").GetBoolean().Should().BeTrue();

        // Index 9.125 now ((9.5 + 8.75) / 2) vs 6.125 before ((3.5 + 8.75) / 2).
        s.Number("index").Should().BeApproximately(9.125, 1e-9);
        s.GetProperty("previous").Number("index").Should().BeApproximately(6.125, 1e-9);
        s.GetProperty("previous").GetProperty("indexChange").Number("delta").Should().BeApproximately(3, 1e-9);
    }
}
