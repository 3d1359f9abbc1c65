namespace CxPortal.Data.Ingestion;

/// <summary>Writes a set of responses that fits in memory (API batches, demo data) all-or-nothing.</summary>
public static class ResponseWriter
{
    /// <summary>Commits only when no row conflicts; otherwise rolls back and returns the problems.</summary>
    public static async Task<MergeResult> WriteAsync(
        CxPortalDbContext db, IEnumerable<StagedResponse> responses, bool dryRun = false, CancellationToken ct = default)
    {
        await using var batch = await ResponseBatch.BeginAsync(db, ct);
        await batch.AddRangeAsync(responses, ct);
        var result = await batch.MergeAsync(ct);
        if (!result.HasConflicts && !dryRun)
        {
            await batch.CommitAsync(ct);
        }
        return result;
    }
}
