using System.Data.Common;

namespace CxPortal.Data.Ingestion;

internal sealed class SqliteStagingTables(DbConnection connection, DbTransaction transaction)
    : StagingTables(connection, transaction)
{
    public override Task CreateAsync(CancellationToken ct) => ExecuteAsync("""
        DROP TABLE IF EXISTS staging_segments;
        DROP TABLE IF EXISTS staging_responses;
        CREATE TEMP TABLE staging_responses (
            seq INTEGER PRIMARY KEY, line INTEGER NOT NULL, external_id TEXT NOT NULL, subject_kind INTEGER NOT NULL,
            subject_id INTEGER NOT NULL, scale_id INTEGER NOT NULL, score INTEGER NOT NULL,
            responded_at TEXT NOT NULL, day TEXT NOT NULL, respondent_id TEXT, comment TEXT,
            content_hash INTEGER NOT NULL, response_id INTEGER);
        CREATE INDEX ix_staging_responses_external_id ON staging_responses (external_id);
        CREATE TEMP TABLE staging_segments (
            seq INTEGER NOT NULL, dimension_id INTEGER NOT NULL, segment_value_id INTEGER NOT NULL);
        CREATE INDEX ix_staging_segments_seq ON staging_segments (seq);
        """, ct);

    public override async Task LoadAsync(IReadOnlyList<StagedResponse> rows, long firstSeq, CancellationToken ct)
    {
        await using var insert = Prepare("""
            INSERT INTO staging_responses (seq, line, external_id, subject_kind, subject_id, scale_id, score,
                                           responded_at, day, respondent_id, comment, content_hash)
            VALUES ($seq, $line, $id, $kind, $subject, $scale, $score, $at, $day, $respondent, $comment, $hash)
            """, "$seq", "$line", "$id", "$kind", "$subject", "$scale", "$score", "$at", "$day", "$respondent", "$comment", "$hash");
        await using var segment = Prepare(
            "INSERT INTO staging_segments (seq, dimension_id, segment_value_id) VALUES ($seq, $dimension, $value)",
            "$seq", "$dimension", "$value");
        var p = insert.Parameters;
        var sp = segment.Parameters;
        var seq = firstSeq;
        foreach (var r in rows)
        {
            var rowSeq = seq++;
            p[0].Value = rowSeq;
            p[1].Value = r.Line;
            p[2].Value = r.ExternalId;
            p[3].Value = (int)r.SubjectKind;
            p[4].Value = r.SubjectId;
            p[5].Value = r.ScaleId;
            p[6].Value = r.Score;
            p[7].Value = r.RespondedAt;
            p[8].Value = r.Day;
            p[9].Value = (object?)r.RespondentId ?? DBNull.Value;
            p[10].Value = (object?)r.Comment ?? DBNull.Value;
            p[11].Value = ResponseContent.Hash(r);
            await insert.ExecuteNonQueryAsync(ct);
            foreach (var s in r.Segments)
            {
                sp[0].Value = rowSeq;
                sp[1].Value = s.DimensionId;
                sp[2].Value = s.SegmentValueId;
                await segment.ExecuteNonQueryAsync(ct);
            }
        }
    }

    public override async Task<long> InsertResponsesAsync(CancellationToken ct)
    {
        // SQLite has one writer and this transaction began IMMEDIATE, so every id above the current
        // maximum is one of ours.
        var before = await ScalarAsync<long>("SELECT COALESCE(MAX(id), 0) FROM responses", ct);
        var inserted = await ExecuteAsync($"""
            INSERT INTO responses ({MergeSql.ResponseColumns})
            {MergeSql.SelectResponses("staging_responses")}
            ON CONFLICT (external_id) DO NOTHING
            """, ct);
        await ExecuteAsync("""
            UPDATE staging_responses SET response_id =
                (SELECT r.id FROM responses r WHERE r.external_id = staging_responses.external_id AND r.id > $before)
            """, ct, ("$before", before));
        return inserted;
    }

    private DbCommand Prepare(string sql, params string[] parameterNames)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        foreach (var name in parameterNames)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }
}
