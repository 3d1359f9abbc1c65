using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Web.Tests.Scores;

namespace CxPortal.Web.Tests.Dashboards;

/// <summary>The dashboards as the server first renders them (what scripts and a browser without a circuit see).</summary>
public class DashboardPageTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_journeys_the_overview_says_what_to_do_next()
    {
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.ClientAsAsync(Roles.CxManager);

        var html = await client.GetStringAsync("/", Ct);

        html.Should().Contain("No journeys yet").And.Contain("ask them to add one").And.NotContain("data-testid=\"response-count\"");
    }

    [Fact]
    public async Task The_overview_counts_the_responses_of_the_period_and_raises_the_masking_alert()
    {
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite);
        await using (var db = app.Database.CreateContext())
        {
            // Ten days ending today: 5 touchpoints × 3 ratings and 3 overall ratings a day.
            await LaunchJourney.AddAsync(new ScoreData(db), Today);
        }
        var client = await app.ClientAsAsync(Roles.CxManager);

        var html = await client.GetStringAsync("/", Ct);
        var lastFiveDays = await client.GetStringAsync($"/?from={Today.AddDays(-4):yyyy-MM-dd}&to={Today:yyyy-MM-dd}", Ct);

        html.Should().Contain("data-testid=\"response-count\">180<").And.MatchRegex("data-testid=\"journey-index\"[^>]*>6\\.8<");
        html.Should().Contain("data-testid=\"masking-alert\"").And.Contain("Product launch:");
        lastFiveDays.Should().Contain("data-testid=\"response-count\">90<");
    }

    [Fact]
    public async Task A_comment_is_encoded_as_text_in_the_page()
    {
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite);
        await using (var db = app.Database.CreateContext())
        {
            var data = new ScoreData(db);
            var journey = await data.JourneyAsync("shop", "Shop", ("checkout", "Checkout", "decision"));
            data.Touchpoint("c1", data.TouchpointId(journey, "checkout"), await data.ScaleAsync("csat5"), 1, ScoreData.At(Today, 1),
                comment: "<script>alert(1)</script><img src=x onerror=alert(2)>");
            await data.WriteAsync();
        }
        var client = await app.ClientAsAsync(Roles.CxManager);

        var html = await client.GetStringAsync("/touchpoints/checkout/scores", Ct);

        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")
            .And.NotContain("<script>alert(1)").And.NotContain("<img src=x");
    }
}
