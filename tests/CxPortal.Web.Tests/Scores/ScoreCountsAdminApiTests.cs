using System.Net.Http.Json;
using System.Text.Json;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Scores;

/// <summary>The admin verify / rebuild actions, which also prove that scorecards read the count store, not raw responses.</summary>
public class ScoreCountsAdminApiTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Verify_reports_a_drifted_count_the_scorecard_shows_and_rebuild_repairs_it(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        int store;
        await using (var db = app.Database.CreateContext())
        {
            var journey = await LaunchJourney.AddAsync(new ScoreData(db), Today, days: 10);
            store = journey.Steps.Single(s => s.Touchpoint.Code == "electronics-store").TouchpointId;
        }
        var admin = app.ClientAs(Roles.Admin);
        var reader = app.ClientAs(Roles.CxManager);

        var clean = await Post(admin, "/api/admin/score-counts/verify");
        clean.GetProperty("consistent").GetBoolean().Should().BeTrue();
        clean.Number("responsesCounted").Should().Be(180);

        // Drift one cell of the store: two more 10s than the raw responses hold.
        await using (var db = app.Database.CreateContext())
        {
            var day = Today;
            await db.ScoreCounts.Where(c => c.SubjectId == store && c.SubjectKind == Domain.Surveys.SubjectKind.Touchpoint && c.Day == day && c.Score == 4)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Score, 10).SetProperty(c => c.Count, 3), Ct);
        }
        var drifted = await reader.GetJsonAsync("/api/journeys/product-launch/scores");
        drifted.Touchpoint("electronics-store").Number("n").Should().Be(32, "the scorecard reads the count store");

        var report = await Post(admin, "/api/admin/score-counts/verify");
        report.GetProperty("consistent").GetBoolean().Should().BeFalse();
        report.Number("differenceCount").Should().Be(2, "score 4 is missing and score 10 is extra");

        var rebuilt = await Post(admin, "/api/admin/score-counts/rebuild");
        rebuilt.GetProperty("consistent").GetBoolean().Should().BeTrue();
        var repaired = await reader.GetJsonAsync("/api/journeys/product-launch/scores");
        repaired.Touchpoint("electronics-store").Number("n").Should().Be(30);
        repaired.Touchpoint("electronics-store").Number("score").Should().BeApproximately(3, 1e-9);
        await using (var db = app.Database.CreateContext())
        {
            (await db.AuditEntries.Where(a => a.EntityType == "score-counts").Select(a => a.Action).ToListAsync(Ct))
                .Should().Equal("rebuild");
        }
    }

    private static async Task<JsonElement> Post(HttpClient client, string url)
    {
        var response = await client.PostAsync(url, null, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct));
    }
}
