using System.Data.Common;

namespace CxPortal.Data.Ingestion;

/// <summary>
/// The temporary tables of a <see cref="ResponseBatch"/> and the set-based SQL that merges them.
/// The SQL is the same on both providers except for loading and for finding the inserted rows.
/// </summary>
internal abstract class StagingTables(DbConnection connection, DbTransaction? transaction)
{
    protected DbConnection Connection { get; } = connection;
    protected DbTransaction? Transaction { get; } = transaction;

    public abstract Task CreateAsync(CancellationToken ct);
    /// <summary>Appends rows; <paramref name="firstSeq"/> numbers them uniquely within the batch.</summary>
    public abstract Task LoadAsync(IReadOnlyList<StagedResponse> rows, long firstSeq, CancellationToken ct);

    /// <summary>Inserts the staged rows whose id is new and records their new ids in staging.</summary>
    public abstract Task<long> InsertResponsesAsync(CancellationToken ct);

    public Task DropAsync(CancellationToken ct) =>
        ExecuteAsync("DROP TABLE IF EXISTS staging_segments; DROP TABLE IF EXISTS staging_responses;", ct);

    /// <summary>Called just before the batch's own commit.</summary>
    public virtual Task DropBeforeCommitAsync(CancellationToken ct) => DropAsync(ct);

    /// <summary>An id given twice in one input: the later rows are reported and left out.</summary>
    public async Task<List<RowProblem>> RemoveRepeatedIdsAsync(CancellationToken ct)
    {
        const string repeats = """
            SELECT s.seq, s.line, s.external_id, f.line AS first_line
            FROM staging_responses s
            JOIN (SELECT external_id, MIN(seq) AS first_seq FROM staging_responses
                  GROUP BY external_id HAVING COUNT(*) > 1) d ON d.external_id = s.external_id
            JOIN staging_responses f ON f.seq = d.first_seq
            WHERE s.seq <> d.first_seq
            """;
        var problems = new List<RowProblem>();
        await ReadAsync(repeats, r => problems.Add(new RowProblem(r.GetInt64(1), r.GetString(2), "id",
            $"id '{r.GetString(2)}' is repeated; first given at {r.GetInt64(3)}")), ct);
        if (problems.Count > 0)
        {
            await ExecuteAsync($"""
                DELETE FROM staging_segments WHERE seq IN (SELECT seq FROM ({repeats}) r);
                DELETE FROM staging_responses WHERE seq IN (SELECT seq FROM ({repeats}) r);
                """, ct);
        }
        return problems;
    }

    /// <summary>Rows not inserted already existed: same content is a duplicate, other content a conflict.</summary>
    public async Task<(long Duplicates, List<RowProblem> Conflicts)> ClassifyNotInsertedAsync(CancellationToken ct)
    {
        long duplicates = 0;
        var conflicts = new List<RowProblem>();
        await ReadAsync("""
            SELECT s.line, s.external_id, CASE WHEN r.content_hash = s.content_hash THEN 1 ELSE 0 END
            FROM staging_responses s JOIN responses r ON r.external_id = s.external_id
            WHERE s.response_id IS NULL
            """, r =>
        {
            if (r.GetInt32(2) == 1)
            {
                duplicates++;
            }
            else
            {
                conflicts.Add(new RowProblem(r.GetInt64(0), r.GetString(1), "id",
                    $"id '{r.GetString(1)}' is already stored with different content"));
            }
        }, ct);
        return (duplicates, conflicts);
    }

    /// <summary>Segments of the inserted rows, then this batch's counts added to the count store.</summary>
    public Task InsertSegmentsAndCountsAsync(CancellationToken ct)
    {
        const string stored = "(SELECT * FROM staging_responses WHERE response_id IS NOT NULL)";
        return ExecuteAsync($"""
            {MergeSql.InsertSegments(stored, "staging_segments")};
            {MergeSql.UpsertScoreCounts(stored)};
            {MergeSql.UpsertSegmentScoreCounts(stored, "staging_segments")};
            """, ct);
    }

    protected Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string, object)[] parameters) =>
        ResponseBatch.ExecuteAsync(Connection, sql, ct, Transaction, parameters);

    protected async Task ReadAsync(string sql, Action<DbDataReader> onRow, CancellationToken ct)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            onRow(reader);
        }
    }

    protected async Task<T> ScalarAsync<T>(string sql, CancellationToken ct)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        command.CommandTimeout = 0;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync(ct))!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
