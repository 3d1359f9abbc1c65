using System.Globalization;

namespace CxPortal.Bench;

/// <summary>Command line: <c>--rows N</c>, <c>--connection "Host=…"</c> (or CXPORTAL_BENCH_POSTGRES), <c>--parts abcd</c>, <c>--keep</c>, <c>--note "…"</c>,
/// <c>--explain</c> (every statement over 200 ms is logged with its analysed plan in the server's log),
/// <c>--page /path</c> (the page (d) opens instead of the journey dashboard).</summary>
public sealed record BenchOptions(long Rows, long? ImportRows, string Connection, string Database, string Parts, bool Keep, string? Note, string ResultsDirectory,
    bool Explain = false, string? Page = null)
{
    public const string DefaultConnection = "Host=127.0.0.1;Port=55432;Username=postgres";

    public bool Runs(char part) => Parts.Contains(part, StringComparison.Ordinal);

    /// <summary>How many of the last rows go through the measured import (at most 1M by default); the rest are preloaded.</summary>
    public long Imported => Math.Min(Rows, ImportRows ?? 1_000_000);

    public long Preloaded => Rows - Imported;

    public static BenchOptions Parse(string[] args, string repositoryRoot)
    {
        var options = new BenchOptions(1_000_000, null,
            Environment.GetEnvironmentVariable("CXPORTAL_BENCH_POSTGRES") is { Length: > 0 } env ? env : DefaultConnection,
            "cxportal_bench", "abcd", false, null, Path.Combine(repositoryRoot, "bench", "results"));
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--rows" => options with { Rows = ParseRows(Value()) },
                "--import-rows" => options with { ImportRows = ParseRows(Value()) },
                "--connection" => options with { Connection = Value() },
                "--database" => options with { Database = Value() },
                "--parts" => options with { Parts = Value().ToLowerInvariant() },
                "--keep" => options with { Keep = true },
                "--explain" => options with { Explain = true },
                "--note" => options with { Note = Value() },
                "--page" => options with { Page = Value() },
                "--results" => options with { ResultsDirectory = Path.GetFullPath(Value()) },
                _ => throw new ArgumentException(
                    $"Unknown option '{args[i]}'. Options: --rows N (e.g. 1000000 or 10M), --import-rows N, --connection, --database, --parts abcd, --keep, --note, --results, --explain, --page /path."),
            };
        }
        return options;
    }

    private static long ParseRows(string text)
    {
        var multiplier = text.EndsWith('M') || text.EndsWith('m') ? 1_000_000 : text.EndsWith('k') || text.EndsWith('K') ? 1_000 : 1;
        var digits = multiplier == 1 ? text : text[..^1];
        if (!long.TryParse(digits.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            throw new ArgumentException($"--rows must be a positive count such as 1000000 or 10M; got '{text}'.");
        }
        return n * multiplier;
    }
}
