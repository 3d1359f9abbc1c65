using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CxPortal.Data.Ingestion;

/// <summary>
/// Writes a set of responses that fits in memory (API batches, demo data) all-or-nothing.
/// On PostgreSQL, up to <see cref="PostgresArrayMerge.MaxRows"/> rows go as arrays in one statement;
/// larger sets, and SQLite, go through a <see cref="ResponseBatch"/>. Both give the same result.
///
/// </summary>
public static class ResponseWriter
{
    /// <summary>In its own transaction: commits only when no row conflicts; otherwise rolls back and returns the problems.</summary>
    public static Task<MergeResult> WriteAsync(
        CxPortalDbContext db, IEnumerable<StagedResponse> responses, bool dryRun = false, CancellationToken ct = default) =>
        WriteAsync(db, responses, dryRun, allowArrays: true, ct);

    /// <param name="allowArrays">False forces the staging path (tests run both paths on PostgreSQL).</param>
    internal static async Task<MergeResult> WriteAsync(
        CxPortalDbContext db, IEnumerable<StagedResponse> responses, bool dryRun, bool allowArrays, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await MergeAsync(db, responses, allowArrays, ct);
            if (!result.HasConflicts && !dryRun)
            {
                await transaction.CommitAsync(ct);
            }
            return result;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Inside the transaction the caller has open (which commits only when the result has no
    /// conflicts), so that what the caller wrote before, such as new segment values, stands or
    /// falls with the responses.
    /// </summary>
    public static Task<MergeResult> MergeAsync(CxPortalDbContext db, IEnumerable<StagedResponse> responses, CancellationToken ct = default) =>
        MergeAsync(db, responses, allowArrays: true, ct);

    private static async Task<MergeResult> MergeAsync(
        CxPortalDbContext db, IEnumerable<StagedResponse> responses, bool allowArrays, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Open a transaction first: the merge is all-or-nothing with the caller's other writes.");
        }
        var rows = responses as IReadOnlyList<StagedResponse> ?? responses.ToList();
        if (allowArrays && db.IsPostgres && rows.Count <= PostgresArrayMerge.MaxRows)
        {
            return await MergeArraysAsync((NpgsqlConnection)db.Database.GetDbConnection(), rows, ct);
        }
        await using var batch = await ResponseBatch.BeginAsync(db, ct);
        await batch.AddRangeAsync(rows, ct);
        return await batch.MergeAsync(ct);
    }

    private static async Task<MergeResult> MergeArraysAsync(NpgsqlConnection connection, IReadOnlyList<StagedResponse> rows, CancellationToken ct)
    {
        var (unique, problems) = RemoveRepeatedIds(rows);
        var (inserted, notInserted, hashes) = await PostgresArrayMerge.InsertAsync(connection, unique, ct);
        long duplicates = 0;
        if (notInserted.Count > 0)
        {
            var stored = await PostgresArrayMerge.StoredHashesAsync(connection, notInserted.Select(i => unique[i].ExternalId), ct);
            foreach (var i in notInserted)
            {
                var row = unique[i];
                if (stored.TryGetValue(row.ExternalId, out var hash) && hash == hashes[i])
                {
                    duplicates++;
                }
                else
                {
                    problems.Add(new RowProblem(row.Line, row.ExternalId, "id", $"id '{row.ExternalId}' is already stored with different content"));
                }
            }
        }
        problems.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new MergeResult(inserted, duplicates, problems);
    }
    /// <summary>An id given twice in one input: the later rows are reported and left out (as the staging merge does).</summary>
    private static (List<StagedResponse> Unique, List<RowProblem> Problems) RemoveRepeatedIds(IReadOnlyList<StagedResponse> rows)
    {
        var first = new Dictionary<string, long>(rows.Count, StringComparer.Ordinal);
        var unique = new List<StagedResponse>(rows.Count);
        var problems = new List<RowProblem>();
        foreach (var row in rows)
        {
            if (first.TryAdd(row.ExternalId, row.Line))
            {
                unique.Add(row);
            }
            else
            {
                problems.Add(new RowProblem(row.Line, row.ExternalId, "id", $"id '{row.ExternalId}' is repeated; first given at {first[row.ExternalId]}"));
            }
        }
        return (unique, problems);
    }
}
