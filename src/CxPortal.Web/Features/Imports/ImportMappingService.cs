using System.Text.Json;
using CxPortal.Data;
using CxPortal.Data.Configurations;
using CxPortal.Data.Imports;
using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Imports;

/// <summary>A saved wide mapping, as listed and as saved.</summary>
public sealed record SavedMapping(string Name, WideMapping Mapping, string? UpdatedBy = null, DateTime? UpdatedAt = null);

/// <summary>Wide-format mappings saved by name, so the next export of the same survey imports with one click.</summary>
public sealed class ImportMappingService(IDbContextFactory<CxPortalDbContext> contexts, TimeProvider clock)
{
    public Task<ImportChoices> ChoicesAsync(CancellationToken ct = default) => ImportChoices.LoadAsync(contexts, ct);

    public async Task<IReadOnlyList<SavedMapping>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.ImportMappings.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);
        return rows.Select(m => new SavedMapping(m.Name, JsonSerializer.Deserialize<WideMapping>(m.Json, ImportRequests.Json)!, m.CreatedBy, m.UpdatedAt))
            .ToList();
    }

    /// <summary>Saves (or replaces) the mapping under its name, once every code it names exists.</summary>
    public async Task<Outcome<SavedMapping>> SaveAsync(SavedMapping input, string actor, CancellationToken ct = default)
    {
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > Limits.Name)
        {
            return Outcome<SavedMapping>.Invalid("name", $"Name is required, at most {Limits.Name} characters.");
        }
        if (input.Mapping is null)
        {
            return Outcome<SavedMapping>.Invalid("mapping", "mapping is required.");
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var problems = WideMappingChecker.Problems(input.Mapping, await IngestionLookups.LoadAsync(db, ct));
        if (problems.Count > 0)
        {
            return Outcome<SavedMapping>.Invalid(new Dictionary<string, string[]> { ["mapping"] = problems.ToArray() });
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.ImportMappings.FirstOrDefaultAsync(m => m.Name == name, ct);
        if (row is null)
        {
            row = new ImportMapping { Name = name, Json = "" };
            db.ImportMappings.Add(row);
        }
        row.Json = JsonSerializer.Serialize(input.Mapping, ImportRequests.Json);
        row.CreatedBy = actor;
        row.UpdatedAt = now;
        if (!await DbErrors.TrySaveAsync(db, ct))
        {
            return Outcome<SavedMapping>.Conflict($"A mapping named '{name}' was saved at the same time; try again.", "name");
        }
        return Outcome<SavedMapping>.Ok(new SavedMapping(name, input.Mapping, actor, now));
    }
}
