using System.Diagnostics;
using System.Globalization;
using CxPortal.Bench;

// CX Portal at scale, measured against PostgreSQL's own speed in one run. See bench/README.md.
var root = RepositoryRoot();
BenchOptions options;
try
{
    options = BenchOptions.Parse(args, root);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
var ct = cancel.Token;
var started = DateTime.UtcNow;
var commit = RunEnvironment.Commit(root);
var total = Stopwatch.StartNew();
var loadAtStart = RunEnvironment.LoadAverage();
var database = new BenchDatabase(options.Connection, options.Database);
var csvPath = Path.Combine(Path.GetTempPath(), $"{options.Database}-{options.Rows}.csv");
var report = new Report();
var sections = new Report();

Console.WriteLine($"== {options.Rows:N0} responses into database {options.Database}");
await database.RecreateAsync(options.Explain, ct);
string postgres;
await using (var connection = await database.OpenAsync(ct))
{
    postgres = await RunEnvironment.PostgresAsync(connection, ct);
}

if (options.Preloaded > 0)
{
    Console.WriteLine($"== preloading rows 0–{options.Preloaded - 1:N0} as a restore would");
    var preload = await new Preloader(database).RunAsync(options.Preloaded, ct);
    sections.Line($"The first {options.Preloaded:N0} responses were loaded as a restore would (binary COPY with secondary indexes and keys " +
                  $"dropped, then rebuilt, then the count store rebuilt by the product's `ScoreCountVerifier.RebuildAsync`) in " +
                  $"{preload.TotalMinutes:N1} minutes; the last {options.Imported:N0} went through the measured import.");
    sections.Line();
}

Console.WriteLine($"== writing rows {options.Preloaded:N0}–{options.Rows - 1:N0} to {csvPath}");
await DatasetCsv.WriteAsync(csvPath, options.Preloaded, options.Rows, ct);

Console.WriteLine("== (a) import");
var import = await new ImportBenchmark(database, csvPath, options.Imported).RunAsync(ct);
ImportBenchmark.Write(sections, import, options.Preloaded);
File.Delete(csvPath);

await using (var connection = await database.OpenAsync(ct))
{
    StorageSizes.Write(sections, await StorageSizes.MeasureAsync(connection, ct), options.Rows);
    await BenchDatabase.ExecuteAsync(connection, "DROP TABLE bare_responses", ct);
    await BenchDatabase.ExecuteAsync(connection, "VACUUM ANALYZE", ct);
}

if (options.Runs('b'))
{
    Console.WriteLine("== (b) score reads");
    var reads = await new ReadBenchmark(database, productRuns: 50, rawRuns: options.Rows >= 5_000_000 ? 7 : 15).RunAsync(ct);
    ReadBenchmark.Write(sections, reads, options.Rows);
}

if (options.Runs('c') || options.Runs('d'))
{
    Console.WriteLine("== starting the server on the bench database");
    await using var server = await PortalProcess.StartAsync(root, database.ConnectionString, ct);
    if (options.Runs('c'))
    {
        Console.WriteLine("== (c) HTTP ingestion");
        var http = await new HttpIngestBenchmark(server, firstRow: options.Rows)
            // As many clients as cores: more only queue on the count rows' locks.
            .RunAsync(batches: 200, concurrency: Environment.ProcessorCount, singleDuration: TimeSpan.FromSeconds(20), ct);
        HttpIngestBenchmark.Write(sections, http);
    }
    if (options.Runs('d'))
    {
        Console.WriteLine("== (d) circuits");
        var memory = await new CircuitMemoryBenchmark(server, options.Page).RunAsync([1, 10, 50, 100], ct);
        CircuitMemoryBenchmark.Write(sections, memory);
    }
}

var loadAtEnd = RunEnvironment.LoadAverage();
report.Line($"## CX Portal benchmark: {options.Rows:N0} responses");
report.Line();
report.Line($"- Run {started:yyyy-MM-dd HH:mm} UTC, commit {commit}, {total.Elapsed.TotalMinutes:N1} minutes in all.");
report.Line($"- Machine: {Environment.ProcessorCount} cores ({RunEnvironment.Cpu()}), {RunEnvironment.MemoryGb()} RAM; .NET {Environment.Version}.");
report.Line($"- PostgreSQL on the same machine: {postgres}.");
report.Line($"- Load average {loadAtStart.ToString("N1", CultureInfo.InvariantCulture)} at start, {loadAtEnd.ToString("N1", CultureInfo.InvariantCulture)} at end" +
            (Math.Max(loadAtStart, loadAtEnd) > Environment.ProcessorCount
                ? " (above the core count: the run's own server, PostgreSQL and Chromium count in it, and any other work on the machine)."
                : "."));
if (options.Note is { } note)
{
    report.Line($"- {note}");
}
report.Line("- Dataset: 50 touchpoints in 3 journeys, 3 segment dimensions × 5 values, 730 days, NPS / CSAT 1–5 / CES 1–7, 10% overall journey ratings; generated deterministically (`bench/CxPortal.Bench/Dataset.cs`).");
report.Line();
report.Line(sections.ToString().TrimEnd());

var text = report.ToString();
Console.WriteLine();
Console.WriteLine(text);
Directory.CreateDirectory(options.ResultsDirectory);
var file = Path.Combine(options.ResultsDirectory, $"{started:yyyy-MM-dd}-{options.Rows}.md");
await File.WriteAllTextAsync(file, text, ct);
await File.WriteAllTextAsync(Path.Combine(options.ResultsDirectory, "latest.md"), text, ct);
Console.WriteLine($"== written to {file} and latest.md");

if (!options.Keep)
{
    await database.DropAsync(ct);
}
return 0;

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "CxPortal.sln")))
        {
            return dir.FullName;
        }
    }
    return Directory.GetCurrentDirectory();
}
