using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace CxPortal.Data.Ingestion;

internal sealed class PostgresStagingTables(DbConnection connection) : StagingTables(connection, null)
{
    /// <summary>Below this many staged rows the merge plans well without statistics, and ANALYZE would cost a catalog write per request.</summary>
    private const long AnalyzeFrom = 1_000;

    private long _staged;

    // work_mem for this transaction only: the merge sorts and groups every staged row, and at the
    // default 4MB a large import spills those sorts to disk.
    public override Task CreateAsync(CancellationToken ct) => ExecuteAsync("""
        SET LOCAL work_mem = '64MB';
        CREATE TEMP TABLE staging_responses (
            seq bigint NOT NULL, line bigint NOT NULL, external_id text NOT NULL, subject_kind smallint NOT NULL,
            subject_id integer NOT NULL, scale_id integer NOT NULL, score integer NOT NULL,
            responded_at timestamptz NOT NULL, day date NOT NULL, respondent_id text, comment text,
            content_hash bigint NOT NULL, response_id bigint) ON COMMIT DROP;
        CREATE TEMP TABLE staging_segments (
            seq bigint NOT NULL, dimension_id integer NOT NULL, segment_value_id integer NOT NULL) ON COMMIT DROP;
        """, ct);

    public override async Task LoadAsync(IReadOnlyList<StagedResponse> rows, long firstSeq, CancellationToken ct)
    {
        _staged += rows.Count;
        var npgsql = (NpgsqlConnection)Connection;
        await using (var copy = await npgsql.BeginBinaryImportAsync("""
            COPY staging_responses (seq, line, external_id, subject_kind, subject_id, scale_id, score,
                                    responded_at, day, respondent_id, comment, content_hash)
            FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            var seq = firstSeq;
            foreach (var r in rows)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(seq++, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(r.Line, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(r.ExternalId, NpgsqlDbType.Text, ct);
                await copy.WriteAsync((short)r.SubjectKind, NpgsqlDbType.Smallint, ct);
                await copy.WriteAsync(r.SubjectId, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(r.ScaleId, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(r.Score, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(r.RespondedAt, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(r.Day, NpgsqlDbType.Date, ct);
                await WriteNullableAsync(copy, r.RespondentId, ct);
                await WriteNullableAsync(copy, r.Comment, ct);
                await copy.WriteAsync(ResponseContent.Hash(r), NpgsqlDbType.Bigint, ct);
            }
            await copy.CompleteAsync(ct);
        }

        if (!rows.Any(r => r.Segments.Count > 0))
        {
            return;
        }
        await using var segments = await npgsql.BeginBinaryImportAsync(
            "COPY staging_segments (seq, dimension_id, segment_value_id) FROM STDIN (FORMAT BINARY)", ct);
        var segmentSeq = firstSeq;
        foreach (var r in rows)
        {
            var rowSeq = segmentSeq++;
            foreach (var s in r.Segments)
            {
                await segments.StartRowAsync(ct);
                await segments.WriteAsync(rowSeq, NpgsqlDbType.Bigint, ct);
                await segments.WriteAsync(s.DimensionId, NpgsqlDbType.Integer, ct);
                await segments.WriteAsync(s.SegmentValueId, NpgsqlDbType.Integer, ct);
            }
        }
        await segments.CompleteAsync(ct);
    }

    public override async Task<long> InsertResponsesAsync(CancellationToken ct)
    {
        // Temporary tables are never auto-analysed; without statistics the joins of a large batch plan badly.
        if (_staged >= AnalyzeFrom)
        {
            await ExecuteAsync("ANALYZE staging_responses; ANALYZE staging_segments;", ct);
        }
        // RETURNING tells this transaction's rows apart even while another import inserts concurrently.
        return await ExecuteAsync($"""
            WITH inserted AS (
                INSERT INTO responses ({MergeSql.ResponseColumns})
                {MergeSql.SelectResponses("staging_responses")}
                ON CONFLICT (external_id) DO NOTHING
                RETURNING id, external_id)
            UPDATE staging_responses s SET response_id = i.id
            FROM inserted i WHERE s.external_id = i.external_id
            """, ct);
    }

    /// <summary>The tables are ON COMMIT DROP: no round trip needed.</summary>
    public override Task DropBeforeCommitAsync(CancellationToken ct) => Task.CompletedTask;

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, NpgsqlDbType.Text, ct);
}
