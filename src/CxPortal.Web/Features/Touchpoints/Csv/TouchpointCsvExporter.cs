using System.Globalization;
using CsvHelper;
using CxPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Touchpoints.Csv;

/// <summary>Writes the inventory as CSV, cells that a spreadsheet would run as formulas escaped.</summary>
public sealed class TouchpointCsvExporter(IDbContextFactory<CxPortalDbContext> contexts)
{
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionEscape = TouchpointCsvColumns.FormulaEscape,
    };

    public async Task<byte[]> ExportAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lookups = await TouchpointLookups.LoadAsync(db, ct);
        var touchpoints = await db.Touchpoints.AsNoTracking()
            .OrderBy(t => t.Stage.Position).ThenBy(t => t.Name).ThenBy(t => t.Code).ToListAsync(ct);

        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, Options, true))
        {
            csv.WriteHeader(TouchpointCsvColumns.All.ToArray());
            foreach (var t in touchpoints.Select(lookups.Snapshot))
            {
                csv.WriteField(t.Code);
                csv.WriteField(t.Name);
                csv.WriteField(t.Description);
                csv.WriteField(t.Stage);
                csv.WriteField(t.Channel);
                csv.WriteField(t.Owner);
                csv.WriteField(t.Intentional == true ? "true" : "false");
                csv.WriteField(t.OperationalPurpose);
                csv.WriteField(t.RelationshipPurpose);
                csv.WriteField(t.TrackingMode);
                csv.WriteField(t.Weight!.Value.ToString("R", CultureInfo.InvariantCulture));
                csv.WriteField(t.RelationshipWeight!.Value.ToString("R", CultureInfo.InvariantCulture));
                await csv.EndRecordAsync(ct);
            }
        }
        return buffer.ToArray();
    }
}
