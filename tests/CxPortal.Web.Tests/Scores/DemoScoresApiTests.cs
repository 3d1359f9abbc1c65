using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;

namespace CxPortal.Web.Tests.Scores;

/// <summary>The demo installation's product-launch journey is the golden case too, in any whole-day window.</summary>
public class DemoScoresApiTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_demo_launch_journey_is_the_golden_case(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider, demo: true);
        var client = app.ClientWithKey(ApiKeyScopes.Read);

        var s = await client.GetJsonAsync("/api/journeys/product-launch/scores");

        s.Number("index").Should().BeApproximately(6.8, 1e-9);
        s.Touchpoint("electronics-store").GetProperty("flags").Strings().Should().Equal("critical", "lagging");
        s.Touchpoint("stock-availability").GetProperty("flags").Strings().Should().Equal("critical", "lagging");
        s.Touchpoint("electronics-store").Number("impact").Should().BeApproximately(0.95, 1e-9);
        s.Touchpoint("stock-availability").Number("impact").Should().BeApproximately(1.45, 1e-9);
        s.GetProperty("weakPoints").Strings().Should().Equal("stock-availability", "electronics-store");
        s.GetProperty("masking").GetProperty("masked").GetBoolean().Should().BeTrue();
        s.GetProperty("masking").GetProperty("message").GetString().Should().Contain("Electronics store visit (3.0), Stock availability (1.0)");
        s.Touchpoint("electronics-store").Number("n").Should().Be(90 * 3, "three ratings a day over the default 90 days");

        // Every journey's weak points list answers, and the launch journey's worst is first among its own.
        var w = await client.GetJsonAsync("/api/weak-points");
        w.GetProperty("weakPoints").EnumerateArray()
            .Where(x => x.GetProperty("journey").GetProperty("code").GetString() == "product-launch")
            .Select(x => x.GetProperty("code").GetString())
            .Should().Equal("stock-availability", "electronics-store");
    }
}
