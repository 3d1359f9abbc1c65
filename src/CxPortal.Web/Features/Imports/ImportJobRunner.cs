using System.Text.Json;
using CxPortal.Data.Imports;

namespace CxPortal.Web.Features.Imports;

/// <summary>Runs one queued job: claims it, imports its upload, records the outcome, deletes the upload.</summary>
public sealed class ImportJobRunner(
    ImportJobs jobs, ImportQueue queue, ResponseCsvImporter responses, MeasurementCsvImporter measurements, ILogger<ImportJobRunner> log)
{
    public async Task RunAsync(Guid id, CancellationToken stopping)
    {
        if (!await jobs.TryStartAsync(id, stopping))
        {
            return;
        }
        var job = (await jobs.GetAsync(id, stopping))!;
        var live = new RunningImport { RowsTotal = job.RowsTotal };
        queue.Running[id] = live;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, live.Cancel.Token);
        try
        {
            var options = new ImportOptions(
                Enum.Parse<ImportFormat>(job.Format, ignoreCase: true),
                job.MappingJson is null ? null : JsonSerializer.Deserialize<WideMapping>(job.MappingJson, ImportRequests.Json),
                job.DryRun, job.SkipInvalid);
            var actor = job.CreatedBy ?? "system";
            var report = job.Kind == ImportKinds.Measurements
                ? await measurements.ImportAsync(job.UploadPath!, job.FileName, options, actor, linked.Token)
                : await responses.ImportAsync(job.UploadPath!, job.FileName, options, actor, live.Report, linked.Token);
            var (state, error) = Outcome(report);
            await jobs.FinishAsync(id, state, report, error, CancellationToken.None);
            log.LogInformation("Import {JobId} {State}: {Rows} rows, {Accepted} accepted, {Duplicates} duplicates, {Rejected} rejected",
                id, state, report.RowsRead, report.Accepted, report.Duplicates, report.RejectedRows);
        }
        catch (OperationCanceledException) when (live.Cancel.IsCancellationRequested)
        {
            await jobs.FinishAsync(id, ImportJobState.Cancelled, null, "Cancelled while running; its transaction was rolled back, nothing was stored.",
                CancellationToken.None);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: the transaction is rolled back; start-up marks the job interrupted.
            throw;
        }
        catch (Exception e)
        {
            log.LogError(e, "Import {JobId} failed", id);
            await jobs.FinishAsync(id, ImportJobState.Failed, null, $"The import stopped with an error ({e.GetType().Name}); nothing was stored.",
                CancellationToken.None);
        }
        finally
        {
            queue.Running.TryRemove(id, out _);
            if (!stopping.IsCancellationRequested && job.UploadPath is { } path)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>A dry run succeeds when it ran; an import fails when rejected rows kept it from storing anything.</summary>
    private static (ImportJobState, string?) Outcome(ImportReport report)
    {
        if (report.DryRun || report.Stored)
        {
            return (ImportJobState.Succeeded, null);
        }
        var first = report.Rejected.FirstOrDefault();
        return (ImportJobState.Failed, report.RejectedRows switch
        {
            0 => "Nothing was stored.",
            1 => $"Line {first?.Line}: {first?.Reason} Nothing was stored.",
            _ => $"{report.RejectedRows:N0} rows were rejected; nothing was stored.",
        });
    }
}
