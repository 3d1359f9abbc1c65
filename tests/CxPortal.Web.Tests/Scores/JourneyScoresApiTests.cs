using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;

namespace CxPortal.Web.Tests.Scores;

/// <summary>The journey scorecard through the API: DB → count store → domain → JSON, on both providers.</summary>
public class JourneyScoresApiTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_golden_launch_journey_scores_exactly_as_designed(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        await using (var db = app.Database.CreateContext())
        {
            await LaunchJourney.AddAsync(new ScoreData(db), Today, days: 10);
        }

        var s = await app.ClientAs(Roles.CxManager).GetJsonAsync($"/api/journeys/{LaunchJourney.Code}/scores");

        // The default window is stated: the last 90 days ending today (UTC).
        s.GetProperty("from").GetString().Should().Be(Today.AddDays(-89).ToString("yyyy-MM-dd"));
        s.GetProperty("to").GetString().Should().Be(Today.ToString("yyyy-MM-dd"));
        s.GetProperty("journey").GetProperty("code").GetString().Should().Be("product-launch");
        s.GetProperty("journey").GetProperty("name").GetString().Should().Be("Product launch");

        s.Number("index").Should().BeApproximately((10 + 3 + 10 + 10 + 1) / 5.0, 1e-9).And.BeApproximately(6.8, 1e-9);
        s.Touchpoint("electronics-store").Number("score").Should().BeApproximately(3, 1e-9);
        s.Touchpoint("stock-availability").Number("score").Should().BeApproximately(1, 1e-9);
        s.Touchpoint("electronics-store").GetProperty("flags").Strings().Should().Equal("critical", "lagging");
        s.Touchpoint("stock-availability").GetProperty("flags").Strings().Should().Equal("critical", "lagging");
        foreach (var healthy in new[] { "innovation-news", "marketing-campaign", "product-purchase" })
        {
            s.Touchpoint(healthy).GetProperty("flags").GetArrayLength().Should().Be(0);
        }

        // Impact = index without it − index: (10+10+10+1)/4 − 6.8 and (10+3+10+10)/4 − 6.8.
        s.Touchpoint("electronics-store").Number("impact").Should().BeApproximately(0.95, 1e-9);
        s.Touchpoint("stock-availability").Number("impact").Should().BeApproximately(1.45, 1e-9);
        s.GetProperty("weakPoints").Strings().Should().Equal("stock-availability", "electronics-store");

        var masking = s.GetProperty("masking");
        masking.GetProperty("masked").GetBoolean().Should().BeTrue();
        masking.GetProperty("message").GetString().Should().Be(
            "Journey index 6.8 looks healthy, but 2 touchpoints are critical or weak: Electronics store visit (3.0), Stock availability (1.0).");

        // Stages in lifecycle order, each the mean of its touchpoints' S, with their responses.
        s.GetProperty("stages").EnumerateArray().Select(x => (x.GetProperty("code").GetString(), x.Number("score"), x.Number("n")))
            .Should().Equal(("awareness", 10.0, 60.0), ("consideration", 3.0, 30.0), ("decision", 5.5, 60.0));

        // Store: 30 ratings of 2, 3, 4 → Mean10 3 ± 1.96·s/√30, s = √(10·2/29); none satisfied (≥ 7) on the rating scale.
        var store = s.Touchpoint("electronics-store");
        store.Number("n").Should().Be(30);
        store.GetProperty("stage").GetString().Should().Be("consideration");
        store.Number("relationship").Should().BeApproximately(3, 1e-9);
        store.GetProperty("operational").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        var half = 1.96 * Math.Sqrt(20.0 / 29) / Math.Sqrt(30);
        store.GetProperty("mean10").Number("value").Should().BeApproximately(3, 1e-9);
        store.GetProperty("mean10").Number("ciLow").Should().BeApproximately(3 - half, 1e-9);
        store.GetProperty("mean10").Number("ciHigh").Should().BeApproximately(3 + half, 1e-9);
        store.GetProperty("csat").Number("value").Should().Be(0);
        store.GetProperty("csat").Number("ciLow").Should().Be(0);
        store.GetProperty("topBox").Number("value").Should().Be(0);
        store.GetProperty("nps").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "a rating scale yields no NPS");
        store.GetProperty("owner").GetString().Should().Be("Owner of Electronics store visit");

        // Overall (csat5: 5, 4, 4 a day) beside the pool of all 150 touchpoint ratings, each with its n.
        var overall = s.GetProperty("overall");
        overall.Number("n").Should().Be(30);
        overall.GetProperty("mean10").Number("value").Should().BeApproximately((10 + 7.5 + 7.5) / 3, 1e-9);
        overall.GetProperty("csat").Number("value").Should().BeApproximately(100, 1e-9);
        overall.GetProperty("topBox").Number("value").Should().BeApproximately(100.0 / 3, 1e-9);
        var pool = s.GetProperty("touchpointPool");
        pool.Number("n").Should().Be(150);
        pool.GetProperty("mean10").Number("value").Should().BeApproximately(6.8, 1e-9);
        pool.GetProperty("csat").Number("value").Should().BeApproximately(100.0 * 90 / 150, 1e-9, "the three 10/10 touchpoints are satisfied");

        // Nothing in the previous window: changes are there but empty.
        s.GetProperty("previous").GetProperty("to").GetString().Should().Be(Today.AddDays(-90).ToString("yyyy-MM-dd"));
        store.GetProperty("change").GetProperty("mean10").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }
}
