using CxPortal.Data;
using CxPortal.Domain.Scoring;
using CxPortal.Testing;
using CxPortal.Web.Features.Scores;
using Microsoft.Extensions.DependencyInjection;

namespace CxPortal.Web.Tests.Scores;

/// <summary>
/// The service methods the dashboards use beyond the API's: every journey's scorecard at once, the
/// journey trend, a touchpoint split by segment, and the dimension options. Checked on the golden
/// launch journey, whose figures follow from the design's formulas by hand.
/// </summary>
public class DashboardServiceTests
{
    // Ten days of launch ratings, 3 March (a Tuesday) to 12 March 2026.
    private static readonly DateOnly LastDay = new(2026, 3, 12);
    private static readonly ScoreQuery TenDays = new(LastDay.AddDays(-9), LastDay, []);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task All_journey_scorecards_come_at_once_by_name_and_match_the_single_journey_scorecard(DatabaseProvider provider)
    {
        await using var app = await LaunchAsync(provider, extraJourney: true);
        using var scope = app.Services.CreateScope();
        var scores = scope.ServiceProvider.GetRequiredService<ScoreService>();

        var all = await scores.AllJourneyScoresAsync(TenDays, Ct);

        all.Select(j => j.Journey.Name).Should().Equal("Another journey", "Product launch");
        all[0].Index.Should().BeNull("no touchpoint of it has data: no index, never 0");
        all[0].Overall.N.Should().Be(0);
        var launch = all[1];
        launch.Index.Should().BeApproximately((10 + 3 + 10 + 10 + 1) / 5.0, 1e-9);
        launch.Masking.Masked.Should().BeTrue();
        launch.WeakPoints.Should().Equal("stock-availability", "electronics-store");
        launch.Overall.N.Should().Be(3 * 10);
        launch.TouchpointPool.N.Should().Be(5 * 3 * 10);
        launch.Should().BeEquivalentTo(await scores.JourneyScoresAsync(LaunchJourney.Code, TenDays, Ct));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_journey_trend_scores_each_week_like_a_window_and_leaves_empty_weeks_without_data(DatabaseProvider provider)
    {
        await using var app = await LaunchAsync(provider);
        using var scope = app.Services.CreateScope();
        var scores = scope.ServiceProvider.GetRequiredService<ScoreService>();

        // Monday 2 March to Sunday 22 March: three ISO weeks; ratings fall in the first two.
        var trend = await scores.JourneyTrendAsync(LaunchJourney.Code, new ScoreQuery(new(2026, 3, 2), new(2026, 3, 22), []), Granularity.Week, Ct);

        trend!.Points.Select(p => p.PeriodStart).Should().Equal(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 16));
        // A day holds 5 touchpoints × 3 ratings and 3 overall ratings: 3 – 8 March is 6 days, 9 – 12 March 4 days.
        trend.Points.Select(p => p.N).Should().Equal(6 * 18, 4 * 18, 0);
        trend.Points[0].Index.Should().BeApproximately(6.8, 1e-9);
        trend.Points[1].Index.Should().BeApproximately(6.8, 1e-9);
        trend.Points[2].Index.Should().BeNull();
        // Overall csat5 ratings 5, 4, 4 a day: normalised 10, 7.5, 7.5; CSAT (≥ 4) 100 %, top box (5) one in three.
        trend.Points[0].Overall.Mean10!.Value.Should().BeApproximately(25 / 3.0, 1e-9);
        trend.Points[1].Overall.Csat!.Value.Should().BeApproximately(100, 1e-9);
        trend.Points[1].Overall.TopBox!.Value.Should().BeApproximately(100 / 3.0, 1e-9);
        trend.Points[2].Overall.Mean10.Should().BeNull();
        trend.Points[0].TouchpointPool.N.Should().Be(6 * 15);
        (await scores.JourneyTrendAsync("no-such-journey", TenDays, Granularity.Week, Ct)).Should().BeNull();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_touchpoint_splits_by_segment_value_each_against_the_rest(DatabaseProvider provider)
    {
        await using var app = await LaunchAsync(provider);
        using var scope = app.Services.CreateScope();
        var comparisons = scope.ServiceProvider.GetRequiredService<ComparisonService>();

        var breakdown = await comparisons.TouchpointBreakdownAsync("electronics-store", "region", TenDays, Ct);

        // The store's ratings are 2 (EMEA), 3 (Americas) and 4 (APAC) every day, on a 0–10 scale.
        breakdown!.N.Should().Be(30);
        breakdown.Values.Select(v => v.Value).Should().Equal("APAC", "Americas", "EMEA");
        breakdown.Values.Select(v => v.N).Should().Equal(10, 10, 10);
        breakdown.Values.Select(v => v.Score).Should().Equal(4.0, 3.0, 2.0);
        var emea = breakdown.Values[2];
        emea.Flags.Should().Contain([TouchpointFlags.Critical, TouchpointFlags.LowSample]);
        // The rest of EMEA is ten 3s and ten 4s: mean 3.5.
        emea.VsRest.Score!.Delta.Should().BeApproximately(2 - 3.5, 1e-9);
        emea.VsRest.Mean10!.Delta.Should().BeApproximately(2 - 3.5, 1e-9);
        emea.VsRest.Mean10.Significant.Should().BeTrue();

        // The filter applies first: phones are the even days, five of the ten.
        var phones = await comparisons.TouchpointBreakdownAsync("electronics-store", "region",
            TenDays with { Segments = [new SegmentSelection("product", "phone")] }, Ct);
        phones!.Values.Select(v => v.N).Should().Equal(5, 5, 5);
        (await comparisons.TouchpointBreakdownAsync("no-such-touchpoint", "region", TenDays, Ct)).Should().BeNull();
        var unknown = () => comparisons.TouchpointBreakdownAsync("electronics-store", "planet", TenDays, Ct);
        (await unknown.Should().ThrowAsync<ScoreQueryException>()).Which.Message
            .Should().Be("Unknown segment dimension 'planet'. Known dimensions: product, region.");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Dimension_options_list_each_dimension_with_the_values_responses_brought(DatabaseProvider provider)
    {
        await using var app = await LaunchAsync(provider);
        using var scope = app.Services.CreateScope();
        var comparisons = scope.ServiceProvider.GetRequiredService<ComparisonService>();

        var dimensions = await comparisons.DimensionsAsync(Ct);

        dimensions.Should().BeEquivalentTo(
            [
                new SegmentDimensionOption("product", "product", ["phone", "tablet"]),
                new SegmentDimensionOption("region", "region", ["APAC", "Americas", "EMEA"]),
            ], o => o.WithStrictOrdering());
    }

    private static async Task<CxPortalApp> LaunchAsync(DatabaseProvider provider, bool extraJourney = false)
    {
        var app = await CxPortalApp.StartAsync(provider);
        await using var db = app.Database.CreateContext();
        var data = new ScoreData(db);
        await LaunchJourney.AddAsync(data, LastDay);
        if (extraJourney)
        {
            await data.JourneyAsync("another", "Another journey", ("lonely", "A touchpoint nobody rated", "retention"));
        }
        return app;
    }
}
