using System.Text.Json;
using CxPortal.Data;
using CxPortal.Data.Imports;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Imports;

/// <summary>
/// The import_jobs rows. State changes are conditional updates (queued → running only once), so a
/// job is never run twice and a cancel cannot race a start.
/// </summary>
public sealed class ImportJobs(IDbContextFactory<CxPortalDbContext> contexts, TimeProvider clock)
{
    public const string Interrupted =
        "Interrupted: the portal stopped while this import ran. Its transaction was rolled back, so nothing of it is stored; upload the file again to rerun it.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string WriteReport(ImportReport report) => JsonSerializer.Serialize(report, Json);

    public static ImportReport? ReadReport(string json) => JsonSerializer.Deserialize<ImportReport>(json, Json);

    public async Task AddAsync(ImportJob job, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
    }

    public async Task<ImportJob?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct);
    }

    /// <summary>Queued → running; false when another worker took it or it was cancelled.</summary>
    public async Task<bool> TryStartAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.ImportJobs.Where(j => j.Id == id && j.State == ImportJobState.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ImportJobState.Running).SetProperty(j => j.StartedAt, now), ct) == 1;
    }

    /// <summary>Queued → cancelled; false when it has started or finished.</summary>
    public async Task<bool> TryCancelQueuedAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.ImportJobs.Where(j => j.Id == id && j.State == ImportJobState.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ImportJobState.Cancelled).SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.Error, "Cancelled before it started; nothing was stored."), ct) == 1;
    }

    public async Task FinishAsync(Guid id, ImportJobState state, ImportReport? report, string? error, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var job = await db.ImportJobs.FirstAsync(j => j.Id == id, ct);
        job.State = state;
        job.Error = error;
        job.FinishedAt = clock.GetUtcNow().UtcDateTime;
        job.UploadPath = null;
        if (report is not null)
        {
            job.ReportJson = WriteReport(report);
            job.RowsTotal = report.RowsRead;
            job.RowsDone = report.RowsRead;
            job.Accepted = report.Accepted;
            job.Duplicates = report.Duplicates;
            job.Rejected = report.RejectedRows;
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task SetRowsTotalAsync(Guid id, long rowsTotal, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.ImportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.RowsTotal, rowsTotal), ct);
    }

    /// <summary>
    /// At start-up: a job still "running" was cut off with its process, so its transaction never
    /// committed; it is marked failed. Queued jobs whose upload is still on disk are returned to run.
    /// </summary>
    public async Task<List<Guid>> RecoverAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var unfinished = await db.ImportJobs.Where(j => j.State == ImportJobState.Running || j.State == ImportJobState.Queued).ToListAsync(ct);
        var requeue = new List<Guid>();
        foreach (var job in unfinished)
        {
            if (job.State == ImportJobState.Queued && job.UploadPath is { } path && File.Exists(path))
            {
                requeue.Add(job.Id);
                continue;
            }
            job.State = ImportJobState.Failed;
            job.Error = Interrupted;
            job.FinishedAt = now;
            if (job.UploadPath is { } upload)
            {
                File.Delete(upload);
                job.UploadPath = null;
            }
        }
        await db.SaveChangesAsync(ct);
        return requeue;
    }
}
