using System.Diagnostics;
using CxPortal.Web.Features.Imports;

namespace CxPortal.Bench;

/// <summary>
/// (a) The same CSV file loaded twice: by a raw <c>COPY … FROM STDIN (FORMAT csv)</c> into a bare table
/// (no key, no index, no constraint: the database's own speed), and through the product's import path
/// into the real schema. Both timings run from the first byte read to the commit.
/// </summary>
public sealed class ImportBenchmark(BenchDatabase database, string csvPath, long rows)
{
    public const double Target = 0.7;

    public sealed record Result(long Rows, TimeSpan Raw, TimeSpan Product)
    {
        public double RawPerSecond => Rows / Raw.TotalSeconds;
        public double ProductPerSecond => Rows / Product.TotalSeconds;
        public double Ratio => ProductPerSecond / RawPerSecond;
    }

    public async Task<Result> RunAsync(CancellationToken ct)
    {
        var raw = await RawCopyAsync(ct);
        Console.WriteLine($"   raw COPY: {rows:N0} rows in {raw.TotalSeconds:N1} s");

        // The importer an import job runs on a spooled upload: read and check every row, stage the valid
        // ones into one ResponseBatch, merge, commit.
        var clock = Stopwatch.StartNew();
        var report = await new ResponseCsvImporter(database.Contexts, TimeProvider.System).ImportAsync(
            csvPath, Path.GetFileName(csvPath), new ImportOptions(ImportFormat.Long, null, DryRun: false, SkipInvalid: false),
            "benchmark", null, ct);
        var product = clock.Elapsed;
        Console.WriteLine($"   product import: {report.Accepted:N0} rows in {product.TotalSeconds:N1} s");
        if (report.Accepted != rows || !report.Stored)
        {
            throw new InvalidOperationException(
                $"The import stored {report.Accepted:N0} of {rows:N0} rows: {report.Rejected.FirstOrDefault()}");
        }
        return new Result(rows, raw, product);
    }

    private async Task<TimeSpan> RawCopyAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await BenchDatabase.ExecuteAsync(connection, """
            DROP TABLE IF EXISTS bare_responses;
            CREATE TABLE bare_responses (
                id text, touchpoint text, journey text, scale text, score integer, responded_at timestamptz,
                respondent text, comment text, region text, tier text, device text);
            """, ct);
        var clock = Stopwatch.StartNew();
        using (var copy = await connection.BeginTextImportAsync("COPY bare_responses FROM STDIN (FORMAT csv, HEADER true)", ct))
        using (var file = new StreamReader(csvPath))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = await file.ReadAsync(buffer, ct)) > 0)
            {
                await copy.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        var elapsed = clock.Elapsed;
        var copied = await BenchDatabase.ScalarAsync<long>(connection, "SELECT COUNT(*) FROM bare_responses", ct);
        if (copied != rows)
        {
            throw new InvalidOperationException($"Raw COPY stored {copied:N0} of {rows:N0} rows.");
        }
        return elapsed;
    }

    public static void Write(Report report, Result r, long alreadyStored)
    {
        report.Line("### (a) CSV import vs raw COPY");
        report.Line();
        if (alreadyStored > 0)
        {
            report.Line($"The same {r.Rows:N0} rows both ways; the product's import went into tables already holding {alreadyStored:N0} responses.");
            report.Line();
        }
        report.Table(["path", "rows", "seconds", "rows/s"],
        [
            ["raw `COPY … (FORMAT csv)` into a bare table", Report.Number(r.Rows), Report.Number(r.Raw.TotalSeconds, 1), Report.Number(r.RawPerSecond)],
            ["product import (`ResponseCsvImporter`: check, staging COPY, merge, counts, one transaction)", Report.Number(r.Rows), Report.Number(r.Product.TotalSeconds, 1), Report.Number(r.ProductPerSecond)],
        ]);
        report.Line($"**Ratio {Report.Ratio(r.Ratio)}** of raw COPY (target ≥ {Target}×: {Report.Verdict(r.Ratio >= Target)}).");
        report.Line();
    }
}
