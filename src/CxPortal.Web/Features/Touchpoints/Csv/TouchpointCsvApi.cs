using CxPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPortal.Web.Features.Touchpoints.Csv;

/// <summary>
/// /api/exports/touchpoints.csv and /api/imports/touchpoints: the inventory as a spreadsheet, both ways.
/// (Response and measurement imports live beside it under /api/imports, in the ingestion feature.)
/// </summary>
public static class TouchpointCsvApi
{
    private const string Tag = "Touchpoints";

    public static RouteGroupBuilder MapTouchpointExportApi(this RouteGroupBuilder group)
    {
        group.MapGet("/exports/touchpoints.csv", ExportAsync).WithName("ExportTouchpoints").WithTags(Tag)
            .WithSummary("The inventory as CSV, with the same columns as the touchpoint JSON; formula-like cells are escaped with a quote.");
        return group;
    }

    public static RouteGroupBuilder MapTouchpointImportApi(this RouteGroupBuilder group)
    {
        // Machines post files here with an API key; browsers use the app's own pages, which carry their own token.
        group.MapPost("/imports/touchpoints", ImportAsync).WithName("ImportTouchpoints").WithTags(Tag)
            .WithSummary("Upserts touchpoints by code from a multipart CSV ('file'); all or nothing; dryRun=true only checks.")
            .DisableAntiforgery();
        return group;
    }

    /// <summary>The upload's own name identifies the import in the audit log, cut to fit.</summary>
    internal static string AuditKey(string? fileName) =>
        Path.GetFileName(fileName) is { Length: > 0 } name ? name[..Math.Min(name.Length, 120)] : "touchpoints.csv";

    private static async Task<FileContentHttpResult> ExportAsync(TouchpointCsvExporter exporter, CancellationToken ct) =>
        TypedResults.File(await exporter.ExportAsync(ct), "text/csv; charset=utf-8", "touchpoints.csv");

    private static async Task<Results<Ok<TouchpointImportReport>, ProblemHttpResult>> ImportAsync(
        IFormFile? file, bool? dryRun, TouchpointCsvImporter importer, CancellationToken ct)
    {
        if (file is null)
        {
            return ApiResults.BadRequest("Send the CSV as multipart/form-data in a field named 'file'.");
        }
        await using var stream = file.OpenReadStream();
        var report = await importer.ImportAsync(stream, dryRun ?? false, AuditKey(file.FileName), ct);
        if (report.Errors.Count == 0)
        {
            return TypedResults.Ok(report);
        }
        var rows = report.Errors.Select(e => e.Line).Distinct().Count();
        return TypedResults.Problem(
            detail: $"{rows} {(rows == 1 ? "line has" : "lines have")} problems; nothing was stored.",
            statusCode: StatusCodes.Status400BadRequest,
            title: "The file is not valid.",
            extensions: new Dictionary<string, object?>
            {
                ["rowsRead"] = report.RowsRead,
                ["dryRun"] = report.DryRun,
                ["errors"] = report.Errors,
            });
    }
}
