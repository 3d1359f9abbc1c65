using System.Text.Json;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;

namespace CxPortal.Web.Tests.Scores;

/// <summary>Each segment value against the rest of the journey, with tests, for the journey and per touchpoint (the heatmap).</summary>
public class CompareApiTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Each_region_is_compared_with_the_rest_with_significance(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        await using (var db = app.Database.CreateContext())
        {
            await LaunchJourney.AddAsync(new ScoreData(db), Today, days: 10);
        }
        var client = app.ClientAs(Roles.CxManager);

        var c = await client.GetJsonAsync("/api/journeys/product-launch/compare?dimension=region");

        c.GetProperty("dimension").GetProperty("code").GetString().Should().Be("region");
        c.GetProperty("total").Number("index").Should().BeApproximately(6.8, 1e-9);
        c.GetProperty("touchpoints").EnumerateArray().Select(t => t.GetProperty("code").GetString()).Should().HaveCount(5);
        var values = c.GetProperty("values").EnumerateArray().ToList();
        values.Select(v => v.GetProperty("value").GetString()).Should().Equal("APAC", "Americas", "EMEA");
        var emea = values[2];
        emea.Number("n").Should().Be(60, "ten days × five touchpoints + ten overall ratings");
        emea.Number("index").Should().BeApproximately(6.4, 1e-9);
        emea.GetProperty("indexVsRest").Number("previous").Should().BeApproximately((10 + 3.5 + 10 + 10 + 1.5) / 5, 1e-9);
        emea.GetProperty("indexVsRest").Number("delta").Should().BeApproximately(-0.6, 1e-9);

        // Store: EMEA all 2s vs the rest (3s and 4s): Welch's t with s₁ = 0 and s₂² = 5/19.
        var store = emea.GetProperty("touchpoints").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "electronics-store");
        store.Number("n").Should().Be(10);
        store.GetProperty("mean10").Number("value").Should().BeApproximately(2, 1e-9);
        var mean10 = store.GetProperty("vsRest").GetProperty("mean10");
        mean10.Number("previous").Should().BeApproximately(3.5, 1e-9);
        mean10.Number("delta").Should().BeApproximately(-1.5, 1e-9);
        mean10.Number("statistic").Should().BeApproximately(-1.5 / Math.Sqrt(5.0 / 19 / 20), 1e-9);
        mean10.GetProperty("significant").GetBoolean().Should().BeTrue();
        mean10.Number("pValue").Should().BeLessThan(0.001);

        // Overall: EMEA gives 5 (top box), the rest 4: top-box 100 vs 0; CSAT is 100 on both sides (no test possible).
        var topBox = emea.GetProperty("overallVsRest").GetProperty("topBox");
        topBox.Number("delta").Should().BeApproximately(100, 1e-9);
        topBox.Number("statistic").Should().BeApproximately(1 / Math.Sqrt(1.0 / 3 * 2.0 / 3 * (1.0 / 10 + 1.0 / 20)), 1e-9);
        topBox.GetProperty("significant").GetBoolean().Should().BeTrue();
        var csat = emea.GetProperty("overallVsRest").GetProperty("csat");
        csat.Number("delta").Should().Be(0);
        csat.GetProperty("statistic").ValueKind.Should().Be(JsonValueKind.Null);
        csat.GetProperty("significant").GetBoolean().Should().BeFalse();

        // A healthy touchpoint rated 10 by everyone: no difference, no arrow.
        var news = emea.GetProperty("touchpoints").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "innovation-news");
        news.GetProperty("vsRest").GetProperty("mean10").GetProperty("significant").GetBoolean().Should().BeFalse();

        // With a filter on another dimension the values come from raw responses: EMEA on phone days only.
        var filtered = await client.GetJsonAsync("/api/journeys/product-launch/compare?dimension=region&segment=product:phone");
        var filteredEmea = filtered.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "EMEA");
        filteredEmea.Number("n").Should().Be(30);
        filtered.GetProperty("total").Number("n").Should().Be(90);
    }
}
