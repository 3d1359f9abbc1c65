using CxPortal.Data.Ingestion;
using CxPortal.Data.ScoreCounts;
using CxPortal.Domain.Surveys;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Data.Tests;

/// <summary>
/// The one write path: responses, segments and the count store move together, all or nothing.
/// On PostgreSQL both ways of merging run (arrays for API-sized batches, staging tables for imports).
/// </summary>
public class ResponseWriterTests
{
    public sealed class WritePaths : TheoryData<DatabaseProvider, bool>
    {
        public WritePaths()
        {
            Add(DatabaseProvider.Sqlite, false);
            Add(DatabaseProvider.Postgres, true);
            Add(DatabaseProvider.Postgres, false);
        }
    }

    private static readonly DateTime Monday = new(2026, 5, 4, 10, 0, 0, DateTimeKind.Utc);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(WritePaths))]
    public async Task Written_responses_are_stored_with_their_segments_and_counted(DatabaseProvider provider, bool arrays)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var inv = await TestInventory.AddAsync(db);
        var segments = await Segments(db, inv, "EMEA");
        var tp = inv.Touchpoints[0].Id;
        var nps = inv.Scales["nps"].Id;

        var result = await ResponseWriter.WriteAsync(db,
        [
            Staged(1, "a", tp, nps, 10, Monday, segments),
            Staged(2, "b", tp, nps, 10, Monday.AddHours(3), segments),
            Staged(3, "c", tp, nps, 3, Monday.AddDays(1), []),
            Staged(4, "d", inv.Journey.Id, nps, 8, Monday, segments, SubjectKind.Journey),
        ], false, arrays, Ct);

        result.Should().BeEquivalentTo(new { Accepted = 4L, Duplicates = 0L, Problems = Array.Empty<RowProblem>() });
        await using var read = database.CreateContext();
        (await read.Responses.CountAsync(Ct)).Should().Be(4);
        (await read.ResponseSegments.CountAsync(Ct)).Should().Be(3);
        var counts = await read.ScoreCounts.OrderBy(c => c.SubjectKind).ThenBy(c => c.Day).ThenBy(c => c.Score)
            .Select(c => new { c.SubjectKind, c.SubjectId, c.Day, c.Score, c.Count }).ToListAsync(Ct);
        counts.Should().Equal(
            new { SubjectKind = SubjectKind.Touchpoint, SubjectId = tp, Day = new DateOnly(2026, 5, 4), Score = 10, Count = 2 },
            new { SubjectKind = SubjectKind.Touchpoint, SubjectId = tp, Day = new DateOnly(2026, 5, 5), Score = 3, Count = 1 },
            new { SubjectKind = SubjectKind.Journey, SubjectId = inv.Journey.Id, Day = new DateOnly(2026, 5, 4), Score = 8, Count = 1 });
        (await read.SegmentScoreCounts.SumAsync(c => c.Count, Ct)).Should().Be(3);
        (await new ScoreCountVerifier(database.Factory).VerifyAsync(Ct)).Consistent.Should().BeTrue();
    }

    [Theory]
    [ClassData(typeof(WritePaths))]
    public async Task Resending_the_same_ids_is_idempotent_and_changed_content_conflicts(DatabaseProvider provider, bool arrays)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var inv = await TestInventory.AddAsync(db);
        var tp = inv.Touchpoints[0].Id;
        var csat = inv.Scales["csat5"].Id;
        StagedResponse[] first = [Staged(1, "a", tp, csat, 5, Monday, []), Staged(2, "b", tp, csat, 4, Monday, [])];
        await ResponseWriter.WriteAsync(db, first, false, arrays, Ct);

        var again = await ResponseWriter.WriteAsync(db, [.. first, Staged(3, "c", tp, csat, 1, Monday, [])], false, arrays, Ct);
        again.Should().BeEquivalentTo(new { Accepted = 1L, Duplicates = 2L, Problems = Array.Empty<RowProblem>() });

        var changed = await ResponseWriter.WriteAsync(db, [Staged(7, "a", tp, csat, 1, Monday, []), Staged(8, "d", tp, csat, 2, Monday, [])], false, arrays, Ct);
        changed.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Line = 7L, ExternalId = "a", Field = "id" });
        changed.Problems[0].Message.Should().Contain("already stored with different content");

        // The conflicting batch was rolled back whole: "d" was not stored either.
        await using var read = database.CreateContext();
        (await read.Responses.Select(r => r.ExternalId).OrderBy(x => x).ToListAsync(Ct)).Should().Equal("a", "b", "c");
        (await read.ScoreCounts.SumAsync(c => c.Count, Ct)).Should().Be(3);
        (await new ScoreCountVerifier(database.Factory).VerifyAsync(Ct)).Consistent.Should().BeTrue();
    }

    [Theory]
    [ClassData(typeof(WritePaths))]
    public async Task An_id_repeated_in_one_batch_is_reported_and_nothing_is_stored(DatabaseProvider provider, bool arrays)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var inv = await TestInventory.AddAsync(db);
        var tp = inv.Touchpoints[0].Id;
        var csat = inv.Scales["csat5"].Id;

        var result = await ResponseWriter.WriteAsync(db,
            [Staged(2, "x", tp, csat, 5, Monday, []), Staged(3, "y", tp, csat, 4, Monday, []), Staged(4, "x", tp, csat, 5, Monday, [])], false, arrays, Ct);

        result.Problems.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Line = 4L, ExternalId = "x" });
        result.Problems[0].Message.Should().Be("id 'x' is repeated; first given at 2");
        await using var read = database.CreateContext();
        (await read.Responses.CountAsync(Ct)).Should().Be(0);
        (await read.ScoreCounts.CountAsync(Ct)).Should().Be(0);
    }

    [Theory]
    [ClassData(typeof(WritePaths))]
    public async Task A_dry_run_reports_what_would_happen_and_stores_nothing(DatabaseProvider provider, bool arrays)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var inv = await TestInventory.AddAsync(db);
        var tp = inv.Touchpoints[0].Id;
        var csat = inv.Scales["csat5"].Id;
        await ResponseWriter.WriteAsync(db, [Staged(1, "a", tp, csat, 5, Monday, [])], false, arrays, Ct);

        var dry = await ResponseWriter.WriteAsync(db, [Staged(1, "a", tp, csat, 5, Monday, []), Staged(2, "b", tp, csat, 3, Monday, [])], true, arrays, Ct);

        dry.Should().BeEquivalentTo(new { Accepted = 1L, Duplicates = 1L });
        await using var read = database.CreateContext();
        (await read.Responses.CountAsync(Ct)).Should().Be(1);
        (await read.ScoreCounts.SumAsync(c => c.Count, Ct)).Should().Be(1);
    }

    [Theory]
    [ClassData(typeof(WritePaths))]
    public async Task Concurrent_overlapping_batches_store_each_response_once_and_count_it_once(DatabaseProvider provider, bool arrays)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        TestInventory inv;
        await using (var db = database.CreateContext())
        {
            inv = await TestInventory.AddAsync(db);
        }
        var csat = inv.Scales["csat5"].Id;
        // Four writers, each with 300 responses; neighbours share half their ids (same content).
        var batches = Enumerable.Range(0, 4).Select(w => Enumerable.Range(w * 150, 300).Select(i =>
            Staged(i, $"r{i}", inv.Touchpoints[i % 3].Id, csat, 1 + i % 5, Monday.AddDays(i % 7), [])).ToList()).ToList();

        var results = await Task.WhenAll(batches.Select(async batch =>
        {
            await using var db = database.CreateContext();
            return await ResponseWriter.WriteAsync(db, batch, false, arrays, Ct);
        }));

        results.Should().AllSatisfy(r => r.Problems.Should().BeEmpty());
        results.Sum(r => r.Accepted).Should().Be(750, "ids r0..r749 are each stored by exactly one writer");
        results.Sum(r => r.Accepted + r.Duplicates).Should().Be(1200);
        await using var read = database.CreateContext();
        (await read.Responses.CountAsync(Ct)).Should().Be(750);
        (await read.ScoreCounts.SumAsync(c => c.Count, Ct)).Should().Be(750);
        (await new ScoreCountVerifier(database.Factory).VerifyAsync(Ct)).Consistent.Should().BeTrue();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Verify_reports_a_tampered_count_and_rebuild_repairs_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var inv = await TestInventory.AddAsync(db);
        var segments = await Segments(db, inv, "APAC");
        var tp = inv.Touchpoints[1].Id;
        var csat = inv.Scales["csat5"].Id;
        await ResponseWriter.WriteAsync(db, [Staged(1, "a", tp, csat, 4, Monday, segments), Staged(2, "b", tp, csat, 4, Monday, segments)], ct: Ct);
        await db.Database.ExecuteSqlRawAsync("UPDATE score_counts SET count = 5", Ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM segment_score_counts", Ct);
        var verifier = new ScoreCountVerifier(database.Factory);

        var report = await verifier.VerifyAsync(Ct);

        report.Consistent.Should().BeFalse();
        report.DifferenceCount.Should().Be(2);
        report.Differences.Should().ContainEquivalentOf(new { SubjectId = tp, SegmentValueId = (int?)null, Score = 4, Stored = 5L, Recounted = 2L });
        report.Differences.Should().ContainEquivalentOf(new { SubjectId = tp, SegmentValueId = (int?)segments[0].SegmentValueId, Stored = 0L, Recounted = 2L });

        await verifier.RebuildAsync(Ct);
        (await verifier.VerifyAsync(Ct)).Consistent.Should().BeTrue();
    }

    private static async Task<IReadOnlyList<SegmentRef>> Segments(CxPortalDbContext db, TestInventory inv, string region)
    {
        var id = await new SegmentValueResolver(db).ResolveAsync(inv.Region.Id, region, Ct);
        return [new SegmentRef(inv.Region.Id, id)];
    }

    private static StagedResponse Staged(long line, string id, int subject, int scale, int score, DateTime at,
        IReadOnlyList<SegmentRef> segments, SubjectKind kind = SubjectKind.Touchpoint) =>
        new(line, id, kind, subject, scale, score, at, null, null, segments);
}
