using System.Globalization;
using CsvHelper;
using CxPortal.Data;
using CxPortal.Data.Auditing;
using CxPortal.Domain.Touchpoints;
using CxPortal.Web.Features.Audit;
using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Touchpoints.Csv;

/// <summary>
/// Imports the inventory from CSV: upsert by code, with the same rules as the API. All or nothing:
/// every row is checked first, and nothing is stored unless every row is valid.
/// </summary>
public sealed class TouchpointCsvImporter(IDbContextFactory<CxPortalDbContext> contexts, CurrentActor actor, TimeProvider clock)
{
    /// <summary>An inventory, not a response file: a bound keeps a wrong upload from filling memory.</summary>
    public const int MaxRows = 10_000;

    private static readonly string[] TrueWords = ["true", "yes", "y", "1"];
    private static readonly string[] FalseWords = ["false", "no", "n", "0"];

    public async Task<TouchpointImportReport> ImportAsync(Stream csv, bool dryRun, string fileName, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lookups = await TouchpointLookups.LoadAsync(db, ct);
        var errors = new List<ImportRowError>();
        var rows = Read(csv, errors);
        if (rows is null)
        {
            return Report(0, 0, 0, 0, dryRun, false, errors);
        }

        var validator = new TouchpointInputValidator(lookups);
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        var reported = errors.Select(e => (e.Line, e.Field)).ToHashSet();
        foreach (var (line, input) in rows)
        {
            foreach (var (field, messages) in ValidationErrors.From(await validator.ValidateAsync(input, ct)))
            {
                // A cell that did not parse already has its error; the rule on its stand-in value adds nothing.
                if (!reported.Contains((line, field)))
                {
                    errors.AddRange(messages.Select(m => new ImportRowError(line, field, m)));
                }
            }
            if (Slug.IsValid(input.Code) && !firstLine.TryAdd(input.Code!, line))
            {
                errors.Add(new ImportRowError(line, TouchpointCsvColumns.Code,
                    $"Code '{input.Code}' is already on line {firstLine[input.Code!]}; a file lists each touchpoint once."));
            }
        }
        if (rows.Count == 0)
        {
            errors.Add(new ImportRowError(1, "", "The file has a header but no touchpoints."));
        }

        var codes = rows.Select(r => r.Input.Code).ToList();
        var existing = await db.Touchpoints.Where(t => codes.Contains(t.Code)).ToDictionaryAsync(t => t.Code, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var name = await actor.NameAsync();
        List<string> created = [], updated = [];
        var unchanged = 0;
        var badLines = errors.Select(e => e.Line).ToHashSet();
        foreach (var (_, input) in rows.Where(r => !badLines.Contains(r.Line)))
        {
            if (!existing.TryGetValue(input.Code ?? "", out var touchpoint))
            {
                created.Add(input.Code!);
                if (errors.Count == 0)
                {
                    touchpoint = new Touchpoint { Code = input.Code!, Name = input.Name!, CreatedAt = now, UpdatedAt = now };
                    input.ApplyTo(touchpoint, lookups);
                    db.Touchpoints.Add(touchpoint);
                    AuditLog.Record(db, name, AuditNames.Create, AuditNames.Touchpoint, touchpoint.Code, new { via = fileName, touchpoint = input }, now);
                }
            }
            else if (lookups.Snapshot(touchpoint) == input)
            {
                unchanged++;
            }
            else
            {
                updated.Add(input.Code!);
                if (errors.Count == 0)
                {
                    var changes = AuditChanges.Between(lookups.Snapshot(touchpoint), input);
                    input.ApplyTo(touchpoint, lookups);
                    touchpoint.UpdatedAt = now;
                    AuditLog.Record(db, name, AuditNames.Update, AuditNames.Touchpoint, touchpoint.Code, new { via = fileName, changes }, now);
                }
            }
        }

        var store = errors.Count == 0 && !dryRun;
        if (store)
        {
            AuditLog.Record(db, name, AuditNames.Import, AuditNames.TouchpointImport, fileName,
                new { rows = rows.Count, created, updated, unchanged }, now);
            if (!await DbErrors.TrySaveAsync(db, ct))
            {
                errors.Add(new ImportRowError(1, "", "Touchpoints were changed while the file was imported; nothing was stored. Try again."));
                store = false;
            }
        }
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        return Report(rows.Count, created.Count, updated.Count, unchanged, dryRun, store, errors);
    }

    private static TouchpointImportReport Report(int rows, int created, int updated, int unchanged, bool dryRun, bool stored,
        List<ImportRowError> errors) =>
        new(rows, created, updated, unchanged, dryRun, stored, errors);

    /// <summary>The rows in normalised input form, each with its line; null when the file cannot be read as the inventory.</summary>
    private static List<(long Line, TouchpointInput Input)>? Read(Stream csv, List<ImportRowError> errors)
    {
        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            OnMalformedRecord = bad => errors.Add(new ImportRowError(bad.LineNumber, "",
                $"The row's quoting is broken ({bad.Reason}); enclose text that holds commas, quotes or line breaks in double quotes.")),
        };
        using var reader = CsvReader.Create(csv, options, true);
        reader.ReadHeader();
        if (reader.Headers.Count == 0)
        {
            errors.Add(new ImportRowError(1, "", $"The file is empty. It needs a header with the columns {string.Join(", ", TouchpointCsvColumns.All)}."));
            return null;
        }
        var columns = new Dictionary<string, int>();
        foreach (var column in TouchpointCsvColumns.All)
        {
            if (reader.TryGetFieldIndex(column, out var index))
            {
                columns[column] = index;
            }
            else
            {
                errors.Add(new ImportRowError(1, column,
                    $"Column '{column}' is missing. The header needs the columns {string.Join(", ", TouchpointCsvColumns.All)}."));
            }
        }
        if (errors.Count > 0)
        {
            return null;
        }

        var rows = new List<(long, TouchpointInput)>();
        while (reader.Read())
        {
            if (rows.Count == MaxRows)
            {
                errors.Add(new ImportRowError(reader.LineNumber, "", $"The file has more than {MaxRows:N0} touchpoints; split it."));
                return null;
            }
            var line = reader.LineNumber;
            string? Cell(string column)
            {
                var value = TouchpointCsvColumns.Unescape(reader.GetString(columns[column]));
                return value.Length == 0 ? null : value;
            }
            rows.Add((line, new TouchpointInput
            {
                Code = Cell(TouchpointCsvColumns.Code)?.Trim(),
                Name = Cell(TouchpointCsvColumns.Name),
                Description = Cell(TouchpointCsvColumns.Description),
                Stage = Cell(TouchpointCsvColumns.Stage)?.Trim(),
                Channel = Cell(TouchpointCsvColumns.Channel)?.Trim(),
                Owner = Cell(TouchpointCsvColumns.Owner),
                Intentional = Boolean(Cell(TouchpointCsvColumns.Intentional), line, errors),
                OperationalPurpose = Cell(TouchpointCsvColumns.OperationalPurpose),
                RelationshipPurpose = Cell(TouchpointCsvColumns.RelationshipPurpose),
                TrackingMode = Cell(TouchpointCsvColumns.TrackingMode),
                Weight = Number(Cell(TouchpointCsvColumns.Weight), TouchpointCsvColumns.Weight, line, errors),
                RelationshipWeight = Number(Cell(TouchpointCsvColumns.RelationshipWeight), TouchpointCsvColumns.RelationshipWeight, line, errors),
            }.Normalised()));
        }
        return rows;
    }

    private static bool? Boolean(string? cell, long line, List<ImportRowError> errors)
    {
        if (cell is null)
        {
            return null;
        }
        var word = cell.Trim().ToLowerInvariant();
        if (TrueWords.Contains(word))
        {
            return true;
        }
        if (FalseWords.Contains(word))
        {
            return false;
        }
        errors.Add(new ImportRowError(line, TouchpointCsvColumns.Intentional, $"'{cell}' is not true or false."));
        return false;
    }

    private static double? Number(string? cell, string column, long line, List<ImportRowError> errors)
    {
        if (cell is null)
        {
            return null;
        }
        if (double.TryParse(cell.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }
        errors.Add(new ImportRowError(line, column, $"'{cell}' is not a number (use a dot for decimals)."));
        return 0;
    }
}
