using Npgsql;
using NpgsqlTypes;

namespace CxPortal.Data.Ingestion;

/// <summary>
/// The write of an API-sized batch on PostgreSQL: the rows travel as arrays and one statement
/// inserts them into responses, their segments and both count tables (the same SQL as the staging
/// merge, over <c>unnest</c> instead of temporary tables). No temporary-table DDL, no COPY, no
/// ANALYZE: one round trip where the staging path needs about eight, and no catalog churn.
/// Ids repeated within the batch must be removed before (see <see cref="ResponseWriter"/>).
/// </summary>
internal static class PostgresArrayMerge
{
    /// <summary>Up to this many rows the arrays plan and travel well; larger sets use the staging path.</summary>
    public const int MaxRows = 5_000;

    private static readonly string Sql = $"""
        WITH input AS (
            SELECT * FROM unnest(@seq, @external_id, @subject_kind, @subject_id, @scale_id, @score,
                                 @responded_at, @day, @respondent_id, @comment, @content_hash)
                AS t(seq, external_id, subject_kind, subject_id, scale_id, score,
                     responded_at, day, respondent_id, comment, content_hash)),
        segments AS (
            SELECT * FROM unnest(@segment_seq, @dimension_id, @segment_value_id) AS g(seq, dimension_id, segment_value_id)),
        inserted AS (
            INSERT INTO responses ({MergeSql.ResponseColumns})
            {MergeSql.SelectResponses("input")}
            ON CONFLICT (external_id) DO NOTHING
            RETURNING id, external_id),
        stored AS (
            SELECT i.*, n.id AS response_id FROM input i JOIN inserted n ON n.external_id = i.external_id),
        segment_rows AS ({MergeSql.InsertSegments("stored", "segments")}),
        counts AS ({MergeSql.UpsertScoreCounts("stored")}),
        segment_counts AS ({MergeSql.UpsertSegmentScoreCounts("stored", "segments")})
        SELECT i.seq FROM input i WHERE NOT EXISTS (SELECT 1 FROM inserted n WHERE n.external_id = i.external_id)
        """;

    /// <summary>
    /// Inserts the rows whose id is new, inside the caller's open transaction. Returns how many
    /// were inserted, the positions (in <paramref name="rows"/>) of those whose id already existed,
    /// and every row's content fingerprint (to tell those duplicates from conflicts).
    /// </summary>
    public static async Task<(long Inserted, List<int> NotInserted, long[] ContentHashes)> InsertAsync(
        NpgsqlConnection connection, IReadOnlyList<StagedResponse> rows, CancellationToken ct)
    {
        var n = rows.Count;
        var seq = new int[n];
        var externalId = new string[n];
        var subjectKind = new short[n];
        var subjectId = new int[n];
        var scaleId = new int[n];
        var score = new int[n];
        var respondedAt = new DateTime[n];
        var day = new DateOnly[n];
        var respondentId = new string?[n];
        var comment = new string?[n];
        var contentHash = new long[n];
        var segmentSeq = new List<int>(n * 3);
        var dimensionId = new List<int>(n * 3);
        var segmentValueId = new List<int>(n * 3);
        for (var i = 0; i < n; i++)
        {
            var r = rows[i];
            seq[i] = i;
            externalId[i] = r.ExternalId;
            subjectKind[i] = (short)r.SubjectKind;
            subjectId[i] = r.SubjectId;
            scaleId[i] = r.ScaleId;
            score[i] = r.Score;
            respondedAt[i] = r.RespondedAt;
            day[i] = r.Day;
            respondentId[i] = r.RespondentId;
            comment[i] = r.Comment;
            contentHash[i] = ResponseContent.Hash(r);
            foreach (var s in r.Segments)
            {
                segmentSeq.Add(i);
                dimensionId.Add(s.DimensionId);
                segmentValueId.Add(s.SegmentValueId);
            }
        }

        await using var command = new NpgsqlCommand(Sql, connection) { CommandTimeout = 0 };
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<int[]>("seq", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = seq });
        p.Add(new NpgsqlParameter<string[]>("external_id", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = externalId });
        p.Add(new NpgsqlParameter<short[]>("subject_kind", NpgsqlDbType.Array | NpgsqlDbType.Smallint) { TypedValue = subjectKind });
        p.Add(new NpgsqlParameter<int[]>("subject_id", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = subjectId });
        p.Add(new NpgsqlParameter<int[]>("scale_id", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = scaleId });
        p.Add(new NpgsqlParameter<int[]>("score", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = score });
        p.Add(new NpgsqlParameter<DateTime[]>("responded_at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { TypedValue = respondedAt });
        p.Add(new NpgsqlParameter<DateOnly[]>("day", NpgsqlDbType.Array | NpgsqlDbType.Date) { TypedValue = day });
        p.Add(new NpgsqlParameter<string?[]>("respondent_id", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = respondentId });
        p.Add(new NpgsqlParameter<string?[]>("comment", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = comment });
        p.Add(new NpgsqlParameter<long[]>("content_hash", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = contentHash });
        p.Add(new NpgsqlParameter<int[]>("segment_seq", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. segmentSeq] });
        p.Add(new NpgsqlParameter<int[]>("dimension_id", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. dimensionId] });
        p.Add(new NpgsqlParameter<int[]>("segment_value_id", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. segmentValueId] });

        var notInserted = new List<int>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                notInserted.Add(reader.GetInt32(0));
            }
        }
        return (n - notInserted.Count, notInserted, contentHash);
    }

    /// <summary>
    /// The stored fingerprint of each id that was not inserted. A separate statement, so it sees
    /// rows another transaction committed while the insert ran.
    /// </summary>
    public static async Task<Dictionary<string, long>> StoredHashesAsync(
        NpgsqlConnection connection, IEnumerable<string> externalIds, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT external_id, content_hash FROM responses WHERE external_id = ANY(@ids)", connection);
        command.Parameters.Add(new NpgsqlParameter<string[]>("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. externalIds] });
        var hashes = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            hashes[reader.GetString(0)] = reader.GetInt64(1);
        }
        return hashes;
    }
}
