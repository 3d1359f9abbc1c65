using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CxPortal.Data.ScoreCounts;

/// <summary>
/// Proves the count store equals a recount of the raw responses (the admin "verify counts"
/// action), and can rebuild it from raw when it does not.
/// </summary>
public sealed class ScoreCountVerifier(IDbContextFactory<CxPortalDbContext> contexts)
{
    public const int MaxReported = 100;

    private const string RawPlain = """
        SELECT CASE WHEN touchpoint_id IS NULL THEN 1 ELSE 0 END AS subject_kind,
               COALESCE(touchpoint_id, journey_id) AS subject_id, day, scale_id, score, COUNT(*) AS count
        FROM responses GROUP BY 1, 2, day, scale_id, score
        """;

    private const string RawSegment = """
        SELECT CASE WHEN r.touchpoint_id IS NULL THEN 1 ELSE 0 END AS subject_kind,
               COALESCE(r.touchpoint_id, r.journey_id) AS subject_id, g.segment_value_id, r.day, r.scale_id, r.score,
               COUNT(*) AS count
        FROM responses r JOIN response_segments g ON g.response_id = r.id
        GROUP BY 1, 2, g.segment_value_id, r.day, r.scale_id, r.score
        """;

    private const string StoredPlain =
        "SELECT subject_kind, subject_id, day, scale_id, score, count FROM score_counts WHERE count <> 0";

    private const string StoredSegment =
        "SELECT subject_kind, subject_id, segment_value_id, day, scale_id, score, count FROM segment_score_counts WHERE count <> 0";

    public async Task<VerifyReport> VerifyAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        // One snapshot for both sides, so a concurrent import cannot show up as a difference.
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var tx = transaction.GetDbTransaction();

        var responses = await ScalarAsync(tx, "SELECT COUNT(*) FROM responses", ct);
        var cells = await ScalarAsync(tx, $"SELECT COUNT(*) FROM ({RawPlain}) a", ct)
                  + await ScalarAsync(tx, $"SELECT COUNT(*) FROM ({RawSegment}) a", ct);

        var differences = new Dictionary<string, CountDifference>();
        await CollectAsync(tx, RawPlain, StoredPlain, segment: false, differences, ct);
        await CollectAsync(tx, RawSegment, StoredSegment, segment: true, differences, ct);
        var total = differences.Count;
        return new VerifyReport(responses, cells, total, differences.Values.Take(MaxReported).ToList());
    }

    /// <summary>Replaces the whole count store with a recount of the raw responses, in one transaction.</summary>
    public async Task RebuildAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync($"""
            DELETE FROM segment_score_counts;
            DELETE FROM score_counts;
            INSERT INTO score_counts (subject_kind, subject_id, day, scale_id, score, count) {RawPlain};
            INSERT INTO segment_score_counts (subject_kind, subject_id, segment_value_id, day, scale_id, score, count) {RawSegment};
            """, ct);
        await transaction.CommitAsync(ct);
    }

    // Both directions of EXCEPT: cells missing or wrong in the store, and stored cells with no raw rows.
    private static async Task CollectAsync(DbTransaction tx, string raw, string stored, bool segment,
        Dictionary<string, CountDifference> differences, CancellationToken ct)
    {
        var keyColumns = segment
            ? "subject_kind, subject_id, segment_value_id, day, scale_id, score"
            : "subject_kind, subject_id, day, scale_id, score";
        var sql = $"""
            SELECT {keyColumns}, count, 'raw' FROM (SELECT * FROM ({raw}) a EXCEPT SELECT * FROM ({stored}) b) x
            UNION ALL
            SELECT {keyColumns}, count, 'stored' FROM (SELECT * FROM ({stored}) b EXCEPT SELECT * FROM ({raw}) a) y
            """;
        await using var command = tx.Connection!.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var offset = segment ? 1 : 0;
        while (await reader.ReadAsync(ct))
        {
            var kind = Convert.ToInt16(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
            var subject = reader.GetInt32(1);
            int? value = segment ? reader.GetInt32(2) : null;
            var day = reader.GetFieldValue<DateOnly>(2 + offset);
            var scale = reader.GetInt32(3 + offset);
            var score = reader.GetInt32(4 + offset);
            var count = reader.GetInt64(5 + offset);
            var fromRaw = reader.GetString(6 + offset) == "raw";
            var key = $"{kind}|{subject}|{value}|{day:O}|{scale}|{score}";
            var known = differences.GetValueOrDefault(key)
                ?? new CountDifference(kind, subject, value, day, scale, score, 0, 0);
            differences[key] = fromRaw ? known with { Recounted = count } : known with { Stored = count };
        }
    }

    private static async Task<long> ScalarAsync(DbTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = tx.Connection!.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
