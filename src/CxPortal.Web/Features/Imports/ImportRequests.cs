using System.Text.Json;
using CxPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Imports;

/// <summary>Turns an upload's parameters into <see cref="ImportOptions"/>, or says what is wrong with them.</summary>
public sealed class ImportRequests(IDbContextFactory<CxPortalDbContext> contexts)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(ImportOptions? Options, List<string> Problems)> ResolveAsync(string kind, ImportRequest request, CancellationToken ct)
    {
        var problems = new List<string>();
        var format = ImportFormat.Long;
        if (kind == ImportKinds.Responses && !string.IsNullOrWhiteSpace(request.Format)
            && !Enum.TryParse(request.Format.Trim(), ignoreCase: true, out format))
        {
            problems.Add($"format: '{request.Format}' is not a format; use long or wide.");
            return (null, problems);
        }
        if (format == ImportFormat.Long)
        {
            return (new ImportOptions(ImportFormat.Long, null, request.DryRun, request.SkipInvalid), problems);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var json = request.Mapping;
        if (string.IsNullOrWhiteSpace(json) && !string.IsNullOrWhiteSpace(request.MappingName))
        {
            json = await db.ImportMappings.Where(m => m.Name == request.MappingName.Trim()).Select(m => m.Json).FirstOrDefaultAsync(ct);
            if (json is null)
            {
                problems.Add($"mappingName: no mapping is saved as '{request.MappingName.Trim()}'.");
                return (null, problems);
            }
        }
        if (string.IsNullOrWhiteSpace(json))
        {
            problems.Add("mapping: the wide format needs a column mapping (mapping as JSON, or mappingName of a saved one).");
            return (null, problems);
        }
        if (Parse(json, problems) is not { } mapping)
        {
            return (null, problems);
        }
        problems.AddRange(WideMappingChecker.Problems(mapping, await IngestionLookups.LoadAsync(db, ct)));
        return problems.Count > 0 ? (null, problems) : (new ImportOptions(ImportFormat.Wide, mapping, request.DryRun, request.SkipInvalid), problems);
    }

    public static WideMapping? Parse(string json, List<string> problems)
    {
        try
        {
            if (JsonSerializer.Deserialize<WideMapping>(json, Json) is { } mapping)
            {
                return mapping;
            }
        }
        catch (JsonException e)
        {
            problems.Add($"mapping: not valid JSON{(e.Path is { Length: > 1 } path ? $" at {path}" : "")}.");
            return null;
        }
        problems.Add("mapping: not valid JSON.");
        return null;
    }
}
