using CxPortal.Data;
using CxPortal.Data.Auditing;
using CxPortal.Data.Ingestion;
using CxPortal.Web.Features.Audit;
using CxPortal.Web.Features.Imports.Csv;
using CxPortal.Web.Features.Responses;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Imports;

/// <summary>
/// Imports a CSV file of responses in two passes over the file on disk, so no more than one row is
/// held at a time. Pass 1 checks every row without touching the database's write side; when any row
/// is rejected (and skipping was not asked for) it stops there. Pass 2 reads the file again and
/// stages the valid rows into one <see cref="ResponseBatch"/>: one transaction that is committed at
/// the end or not at all, so a cancelled, failed or killed import leaves nothing behind.
/// </summary>
public sealed class ResponseCsvImporter(IDbContextFactory<CxPortalDbContext> contexts, TimeProvider clock)
{
    private const int ProgressEvery = 2_000;

    /// <summary>
    /// Imports a long-format CSV stream without HTTP or a job (the benchmark's entry point): the stream
    /// is copied to a temporary file first, since the import reads it twice.
    /// </summary>
    public async Task<ImportReport> ImportLongAsync(Stream csv, bool dryRun = false, bool skipInvalid = false, string actor = "system",
        CancellationToken ct = default)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cxportal-import-{Guid.NewGuid():N}.csv");
        try
        {
            await using (var file = File.Create(path))
            {
                await csv.CopyToAsync(file, ct);
            }
            return await ImportAsync(path, "stream.csv", new ImportOptions(ImportFormat.Long, null, dryRun, skipInvalid), actor, null, ct);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <param name="path">The spooled file.</param>
    /// <param name="fileName">The name it was uploaded under, for the audit log.</param>
    public async Task<ImportReport> ImportAsync(string path, string fileName, ImportOptions options, string actor,
        ImportProgressReport? progress, CancellationToken ct = default)
    {
        IngestionLookups lookups;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            lookups = await IngestionLookups.LoadAsync(db, ct);
        }
        var checker = new ResponseChecker(lookups, clock.GetUtcNow().UtcDateTime);
        var rejected = new RejectionList();

        // Pass 1: check.
        long rowsRead;
        using (var source = CsvSource.Open(path))
        {
            if (FileProblem(source, options, lookups, out var rows) is { } problem)
            {
                rejected.Add(1, problem);
                return rejected.Report(0, 0, 0, options.DryRun, false);
            }
            while (source.Read())
            {
                rejected.AddRange(source.TakeMalformed());
                if (Check(rows.Parse(source), checker) is { } reason)
                {
                    rejected.Add(source.Line, reason);
                }
                if (source.RecordsRead % ProgressEvery == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    progress?.Invoke(ImportPhase.Checking, source.RecordsRead, 0);
                }
            }
            rejected.AddRange(source.TakeMalformed());
            rowsRead = source.RecordsRead;
        }
        if (rowsRead == 0)
        {
            rejected.Add(1, "The file has a header but no rows.");
            return rejected.Report(0, 0, 0, options.DryRun, false);
        }
        if (rejected.Count > 0 && !options.SkipInvalid)
        {
            return rejected.Report(rowsRead, 0, 0, options.DryRun, false);
        }

        // Pass 2: write, all in one transaction.
        await using var writeDb = await contexts.CreateDbContextAsync(ct);
        writeDb.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await using var batch = await ResponseBatch.BeginAsync(writeDb, ct);
        var segments = new SegmentValueResolver(writeDb);
        using (var source = CsvSource.Open(path))
        {
            FileProblem(source, options, lookups, out var rows);
            var ignored = new List<ItemError>();
            while (source.Read())
            {
                var row = rows.Parse(source);
                if (row.Problems.Count > 0)
                {
                    continue;
                }
                var valid = row.Inputs.Select(i => checker.Check(i.Input, row.Line, ignored)).ToList();
                if (ignored.Count > 0)
                {
                    ignored.Clear();
                    continue;
                }
                foreach (var response in valid)
                {
                    await batch.AddAsync(await response!.StageAsync(row.Line, segments, ct), ct);
                }
                if (source.RecordsRead % ProgressEvery == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    progress?.Invoke(ImportPhase.Writing, source.RecordsRead, rowsRead);
                }
            }
        }
        var merge = await batch.MergeAsync(ct);
        rejected.AddRange(merge.Problems.Select(p => new RejectedRow(p.Line, $"{p.Field}: {p.Message}")));
        progress?.Invoke(ImportPhase.Writing, rowsRead, rowsRead);
        if (options.DryRun || (merge.HasConflicts && !options.SkipInvalid))
        {
            return rejected.Report(rowsRead, options.DryRun ? merge.Accepted : 0, merge.Duplicates, options.DryRun, false);
        }
        ct.ThrowIfCancellationRequested();
        await batch.CommitAsync(ct);
        var report = rejected.Report(rowsRead, merge.Accepted, merge.Duplicates, false, true);
        await AuditAsync(actor, fileName, options, report);
        return report;
    }

    /// <summary>Why the file as a whole cannot be read in this layout, or null; <paramref name="rows"/> reads its rows.</summary>
    private static string? FileProblem(CsvSource source, ImportOptions options, IngestionLookups lookups, out IResponseRows rows)
    {
        rows = options.Format == ImportFormat.Wide
            ? new WideResponseRows(source, options.Mapping!)
            : new LongResponseRows(source, lookups);
        if (source.Headers.Count == 0 || source.Headers.All(h => h.Length == 0))
        {
            return "The file is empty: it has no header line.";
        }
        return rows.HeaderProblems.Count > 0 ? string.Join(" ", rows.HeaderProblems) : null;
    }

    /// <summary>Why a row is rejected (all its problems, each under its field or column), or null when every response in it is valid.</summary>
    private static string? Check(ParsedRow row, ResponseChecker checker)
    {
        var reasons = new List<string>(row.Problems);
        // A cell that did not parse already has its reason; the rules on its stand-in value add nothing.
        var unreadable = row.Problems.Select(p => p.Split(':')[0]).ToHashSet();
        var errors = new List<ItemError>();
        foreach (var (label, input) in row.Inputs)
        {
            errors.Clear();
            checker.Check(input, row.Line, errors);
            reasons.AddRange(errors.Where(e => !unreadable.Contains(label ?? e.Field))
                .Select(e => $"{label ?? e.Field}: {e.Message}").Where(r => !reasons.Contains(r)));
        }
        return reasons.Count == 0 ? null : string.Join("; ", reasons);
    }

    private async Task AuditAsync(string actor, string file, ImportOptions options, ImportReport report)
    {
        await using var db = await contexts.CreateDbContextAsync();
        AuditLog.Record(db, actor, AuditNames.Import, AuditNames.ResponseImport, file[..Math.Min(file.Length, 120)],
            new { format = options.Format.ToString().ToLowerInvariant(), report.RowsRead, report.Accepted, report.Duplicates, report.RejectedRows });
        await db.SaveChangesAsync();
    }
}
