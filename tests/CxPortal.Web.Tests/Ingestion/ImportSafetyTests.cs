using System.Text;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Data.Imports;
using CxPortal.Testing;
using CxPortal.Web.Features.Imports;
using CxPortal.Web.Tests.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CxPortal.Web.Tests.Ingestion;

/// <summary>Nothing lost, nothing doubled: imports at the same time, imports cut off midway.</summary>
public class ImportSafetyTests
{
    private static string LongFile(int from, int to) =>
        "id,touchpoint,scale,score,respondedAt,region\r\n" + string.Concat(Enumerable.Range(from, to - from + 1)
            .Select(i => $"r{i:D6},tp-{1 + i % 3},csat5,{1 + i % 5},2026-03-{1 + i % 28:D2}T10:00:00Z,{(i % 2 == 0 ? "EMEA" : "APAC")}\r\n"));

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Two_overlapping_imports_at_once_store_every_response_once_and_the_counts_equal_a_recount(DatabaseProvider provider)
    {
        await using var app = await IngestionData.StartAsync(provider);
        var client = app.ClientWithKey(ApiKeyScopes.Ingest);

        // Both uploads are queued before either finishes; the two workers run them side by side.
        var uploads = await Task.WhenAll(
            client.UploadAsync("/api/imports/responses", LongFile(1, 6_000)),
            client.UploadAsync("/api/imports/responses", LongFile(4_001, 10_000)));
        var jobs = await Task.WhenAll(uploads.Select(client.FinishAsync));

        jobs.Should().OnlyContain(j => j.Str("state") == "succeeded");
        jobs.Sum(j => j.Report().Count("accepted")).Should().Be(10_000);
        jobs.Sum(j => j.Report().Count("duplicates")).Should().Be(2_000);
        (await IngestionData.StoredAsync(app)).Should().Be(new IngestionData.Stored(10_000, 10_000, 10_000, 10_000));
        await IngestionData.ShouldMatchRecountAsync(app);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_import_aborted_while_writing_leaves_no_rows_and_the_rerun_stores_everything(DatabaseProvider provider)
    {
        await using var app = await IngestionData.StartAsync(provider);
        await app.ClientWithKey(ApiKeyScopes.Ingest).Post("/api/responses", new
        {
            responses = new[] { new { id = "before", touchpoint = "tp-1", scale = "csat5", score = 4, respondedAt = "2026-03-01" } },
        });
        var path = Path.Combine(Path.GetTempPath(), $"cxportal-abort-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, LongFile(1, 8_000), ApiJson.Ct);
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<ResponseCsvImporter>();
            using var abort = new CancellationTokenSource();
            long writtenWhenAborted = 0;

            var cut = async () => await importer.ImportAsync(path, "abort.csv", new ImportOptions(ImportFormat.Long), "test",
                (phase, done, _) =>
                {
                    if (phase == ImportPhase.Writing && done >= 4_000 && !abort.IsCancellationRequested)
                    {
                        writtenWhenAborted = done;
                        abort.Cancel();
                    }
                }, abort.Token);

            await cut.Should().ThrowAsync<OperationCanceledException>();
            writtenWhenAborted.Should().BeInRange(4_000, 7_999, "the abort came midway through writing");
            (await IngestionData.StoredAsync(app)).Should().Be(new IngestionData.Stored(1, 0, 1, 0));
            await IngestionData.ShouldMatchRecountAsync(app);

            var rerun = await importer.ImportAsync(path, "abort.csv", new ImportOptions(ImportFormat.Long), "test", null, ApiJson.Ct);
            (rerun.Accepted, rerun.Duplicates, rerun.Stored).Should().Be((8_000, 0, true));
            (await IngestionData.StoredAsync(app)).Should().Be(new IngestionData.Stored(8_001, 8_000, 8_001, 8_000));
            await IngestionData.ShouldMatchRecountAsync(app);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_job_left_running_by_a_stopped_process_is_marked_interrupted_and_its_upload_removed(DatabaseProvider provider)
    {
        await using var app = await IngestionData.StartAsync(provider);
        var upload = Path.Combine(ResponseImportTests.UploadFolder(app), "left-behind.csv");
        await File.WriteAllTextAsync(upload, LongFile(1, 10), ApiJson.Ct);
        var id = Guid.NewGuid();
        await using (var db = app.Database.CreateContext())
        {
            db.ImportJobs.Add(new ImportJob
            {
                Id = id, Kind = "responses", Format = "long", State = ImportJobState.Running, FileName = "big.csv", UploadPath = upload,
                CreatedAt = DateTime.UtcNow, StartedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(ApiJson.Ct);
        }

        // What the worker does first when a process starts.
        await app.Services.GetRequiredService<ImportJobs>().RecoverAsync(ApiJson.Ct);

        var job = await app.ClientAs(Roles.SalesLead).GetJson($"/api/imports/{id}");
        job.Str("state").Should().Be("failed");
        job.Str("error").Should().Be(ImportJobs.Interrupted);
        File.Exists(upload).Should().BeFalse();
    }
}
