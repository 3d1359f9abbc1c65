using System.Text.Json;
using CxPortal.Data.Imports;
using CxPortal.Web.Infrastructure.Outcomes;

namespace CxPortal.Web.Features.Imports;

/// <summary>
/// Starts, reads and cancels import jobs, for the API and the import page alike. Every upload goes
/// the same way, small or large: spooled to disk, a job row, a background worker.
/// </summary>
public sealed class ImportService(ImportJobs jobs, ImportQueue queue, ImportRequests requests, IConfiguration configuration, TimeProvider clock)
{
    public string UploadFolder => configuration["Imports:UploadFolder"] is { Length: > 0 } folder
        ? folder
        : Path.Combine(Path.GetTempPath(), "cxportal-imports");

    public Task<(SpooledUpload? Upload, UploadProblem? Problem)> SpoolAsync(Stream content, string? fileName, CancellationToken ct) =>
        UploadSpooler.SpoolAsync(content, fileName ?? "upload.csv", UploadFolder, ct);

    /// <summary>Queues a job for a spooled upload; on a problem with the parameters the upload is deleted.</summary>
    public async Task<Outcome<ImportJobView>> StartAsync(string kind, SpooledUpload upload, ImportRequest request, string actor,
        CancellationToken ct = default)
    {
        var (options, problems) = await requests.ResolveAsync(kind, request, ct);
        if (options is null)
        {
            File.Delete(upload.Path);
            return Outcome<ImportJobView>.Invalid(problems.GroupBy(p => p.Split(':')[0])
                .ToDictionary(g => g.Key.Contains(' ') ? "mapping" : g.Key, g => g.ToArray()));
        }
        var job = new ImportJob
        {
            Id = Guid.NewGuid(), Kind = kind, Format = options.Format.ToString().ToLowerInvariant(), State = ImportJobState.Queued,
            FileName = upload.FileName, FileSize = upload.Bytes, DryRun = options.DryRun, SkipInvalid = options.SkipInvalid,
            MappingJson = options.Mapping is null ? null : JsonSerializer.Serialize(options.Mapping, ImportRequests.Json),
            UploadPath = upload.Path, RowsTotal = Math.Max(0, upload.Lines - 1), CreatedBy = actor,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await jobs.AddAsync(job, ct);
        queue.Enqueue(job.Id);
        return Outcome<ImportJobView>.Ok(ImportJobView.From(job, null));
    }

    /// <summary>The header of a spooled upload, for mapping its columns; empty when it has none.</summary>
    public static IReadOnlyList<string> ReadHeader(SpooledUpload upload)
    {
        using var source = Csv.CsvSource.Open(upload.Path);
        return source.Headers;
    }

    /// <summary>A copy of a spooled upload that a job can consume, so the page can run a dry run and then the import.</summary>
    public SpooledUpload Copy(SpooledUpload upload)
    {
        var copy = upload with { Path = Path.Combine(UploadFolder, $"{Guid.NewGuid():N}.csv") };
        File.Copy(upload.Path, copy.Path);
        return copy;
    }

    public async Task<ImportJobView?> GetAsync(Guid id, CancellationToken ct = default) =>
        await jobs.GetAsync(id, ct) is { } job ? ImportJobView.From(job, queue.Running.GetValueOrDefault(id)) : null;

    /// <summary>Cancels a queued job, or a job running in this process (its transaction is rolled back).</summary>
    public async Task<Outcome<ImportJobView>> CancelAsync(Guid id, CancellationToken ct = default)
    {
        var job = await jobs.GetAsync(id, ct);
        if (job is null)
        {
            return Outcome<ImportJobView>.NotFound("Import", id.ToString());
        }
        if (queue.Running.TryGetValue(id, out var running))
        {
            await running.Cancel.CancelAsync();
        }
        else if (!await jobs.TryCancelQueuedAsync(id, ct))
        {
            var now = await jobs.GetAsync(id, ct);
            return now!.State == ImportJobState.Running
                ? Outcome<ImportJobView>.Conflict("The import is running on another instance of the portal; cancel it there.")
                : Outcome<ImportJobView>.Conflict($"The import has already finished ({ImportJobView.From(now, null).State}).");
        }
        return Outcome<ImportJobView>.Ok((await GetAsync(id, ct))!);
    }
}
