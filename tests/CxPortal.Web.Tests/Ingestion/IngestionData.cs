using CxPortal.Data;
using CxPortal.Data.ScoreCounts;
using CxPortal.Web.Tests.Scores;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Ingestion;

/// <summary>An inventory to ingest into (journey "journey" of tp-1..tp-3, dimension "region") and the counts to compare.</summary>
internal static class IngestionData
{
    public static async Task<CxPortalApp> StartAsync(DatabaseProvider provider)
    {
        // Each app its own upload folder, so a test can see that uploads are cleaned up.
        var uploads = Path.Combine(Path.GetTempPath(), "cxportal-test-uploads", Guid.NewGuid().ToString("N"));
        var app = await CxPortalApp.StartAsync(provider, settings: new Dictionary<string, string?> { ["Imports:UploadFolder"] = uploads });
        Directory.CreateDirectory(uploads);
        await using var db = app.Database.CreateContext();
        var data = new ScoreData(db);
        await data.JourneyAsync("journey", "Journey", ("tp-1", "Touchpoint 1", "awareness"), ("tp-2", "Touchpoint 2", "decision"),
            ("tp-3", "Touchpoint 3", "retention"));
        await data.DimensionAsync("region");
        return app;
    }

    /// <summary>What is stored: raw responses, their segments, and the sum of the count store.</summary>
    public sealed record Stored(int Responses, int Segments, long Counted, long SegmentCounted);

    public static async Task<Stored> StoredAsync(CxPortalApp app)
    {
        await using var db = app.Database.CreateContext();
        return new Stored(
            await db.Responses.CountAsync(),
            await db.ResponseSegments.CountAsync(),
            await db.ScoreCounts.SumAsync(c => (long)c.Count),
            await db.SegmentScoreCounts.SumAsync(c => (long)c.Count));
    }

    /// <summary>The count store equals a recount of the raw responses.</summary>
    public static async Task ShouldMatchRecountAsync(CxPortalApp app)
    {
        var report = await new ScoreCountVerifier(app.Database.Factory).VerifyAsync(TestContext.Current.CancellationToken);
        report.Consistent.Should().BeTrue($"{report.DifferenceCount} count cells differ from the recount");
    }
}
