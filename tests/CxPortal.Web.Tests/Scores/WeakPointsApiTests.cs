using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;

namespace CxPortal.Web.Tests.Scores;

public class WeakPointsApiTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Weak_points_of_every_journey_are_ranked_by_impact(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        await using (var db = app.Database.CreateContext())
        {
            var data = new ScoreData(db);
            var launch = await LaunchJourney.AddAsync(data, Today, days: 10);
            // A second journey sharing the store (S 3) with a helpdesk rated 5: index 4.
            var second = await data.JourneyAsync("second", "Second", ("electronics-store", "", ""), ("helpdesk", "Helpdesk", "retention"));
            var rating = await data.Rating10Async();
            for (var i = 0; i < 30; i++)
            {
                data.Touchpoint($"h{i}", data.TouchpointId(second, "helpdesk"), rating, 5, ScoreData.At(Today.AddDays(-(i % 10))));
            }
            await data.WriteAsync();
        }

        var w = await app.ClientAs(Roles.CxManager).GetJsonAsync("/api/weak-points");

        var items = w.GetProperty("weakPoints").EnumerateArray().ToList();
        items.Select(x => (x.GetProperty("journey").GetProperty("code").GetString(), x.GetProperty("code").GetString()))
            .Should().Equal(
                ("product-launch", "stock-availability"),
                ("second", "electronics-store"),
                ("product-launch", "electronics-store"),
                ("second", "helpdesk"));
        items.Select(x => x.Number("impact")).Should().Equal(new[] { 1.45, 1.0, 0.95, -1.0 }, (a, b) => Math.Abs(a - b) < 1e-9);
        items[1].GetProperty("flags").Strings().Should().Equal("critical");
        items[3].GetProperty("flags").Strings().Should().Equal("weak");
        items[0].GetProperty("owner").GetString().Should().Be("Owner of Stock availability");
        items[0].Number("score").Should().BeApproximately(1, 1e-9);
        items[0].GetProperty("journey").GetProperty("name").GetString().Should().Be("Product launch");
    }
}
