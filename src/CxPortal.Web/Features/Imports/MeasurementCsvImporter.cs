using CxPortal.Web.Features.Imports.Csv;
using CxPortal.Web.Features.Measurements;

namespace CxPortal.Web.Features.Imports;

/// <summary>
/// Imports a CSV of measurements (touchpoint, metric, periodStart, periodEnd, value) with the rules
/// of POST /api/measurements. Measurements are few (one a metric a period), so the rows are checked
/// and stored together in one transaction; a bound keeps a wrong upload from filling memory.
/// </summary>
public sealed class MeasurementCsvImporter(MeasurementService measurements)
{
    public const int MaxRows = 100_000;
    public static readonly IReadOnlyList<string> Columns = ["touchpoint", "metric", "periodStart", "periodEnd", "value"];

    public async Task<ImportReport> ImportAsync(string path, string fileName, ImportOptions options, string actor, CancellationToken ct = default)
    {
        var rejected = new RejectionList();
        var inputs = new List<(long Line, MeasurementInput Input)>();
        using (var source = CsvSource.Open(path))
        {
            var columns = Columns.ToDictionary(c => c, source.Column);
            var missing = columns.Where(c => c.Value < 0).Select(c => c.Key).ToList();
            if (source.Headers.Count == 0 || source.Headers.All(h => h.Length == 0))
            {
                rejected.Add(1, "The file is empty: it has no header line.");
            }
            else if (missing.Count > 0)
            {
                rejected.Add(1, $"Column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing.Select(m => $"'{m}'"))} missing. " +
                                $"A measurement file needs the columns {string.Join(", ", Columns)}.");
            }
            if (rejected.Count > 0)
            {
                return rejected.Report(0, 0, 0, options.DryRun, false);
            }
            while (source.Read())
            {
                rejected.AddRange(source.TakeMalformed());
                if (inputs.Count == MaxRows)
                {
                    rejected.Add(source.Line, $"The file has more than {MaxRows:N0} measurements; split it.");
                    return rejected.Report(source.RecordsRead, 0, 0, options.DryRun, false);
                }
                var problems = new List<string>();
                var input = new MeasurementInput
                {
                    Touchpoint = CsvCells.Text(source.Cell(columns["touchpoint"])),
                    Metric = CsvCells.Text(source.Cell(columns["metric"])),
                    PeriodStart = CsvCells.Day(source.Cell(columns["periodStart"]), "periodStart", problems),
                    PeriodEnd = CsvCells.Day(source.Cell(columns["periodEnd"]), "periodEnd", problems),
                    Value = CsvCells.Number(source.Cell(columns["value"]), "value", problems),
                };
                if (problems.Count > 0)
                {
                    rejected.Add(source.Line, string.Join("; ", problems));
                }
                else
                {
                    inputs.Add((source.Line, input));
                }
            }
            rejected.AddRange(source.TakeMalformed());
            if (source.RecordsRead == 0)
            {
                rejected.Add(1, "The file has a header but no rows.");
                return rejected.Report(0, 0, 0, options.DryRun, false);
            }
            // Rows that did not even parse reject the file; the others are still checked, so the report lists every problem.
            var unreadable = rejected.Count > 0 && !options.SkipInvalid;
            var result = await measurements.RecordAsync(inputs, actor, fileName, options.DryRun || unreadable, options.SkipInvalid, ct);
            foreach (var error in result.Errors.GroupBy(e => e.Index))
            {
                rejected.Add(error.Key, string.Join("; ", error.Select(e => e.Field.Length == 0 ? e.Message : $"{e.Field}: {e.Message}")));
            }
            var stored = !options.DryRun && !unreadable && (result.Succeeded || options.SkipInvalid);
            return rejected.Report(source.RecordsRead, stored || options.DryRun ? result.Created + result.Replaced : 0,
                stored || options.DryRun ? result.Unchanged : 0, options.DryRun, stored);
        }
    }
}
