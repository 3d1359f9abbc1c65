using CxPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Imports;

/// <summary>A code with the name people know it by, for the import page's pickers.</summary>
public sealed record CodeChoice(string Code, string Name)
{
    public override string ToString() => $"{Name} ({Code})";
}

/// <summary>What a wide mapping can point at: touchpoints, journeys, scales and segment dimensions.</summary>
public sealed record ImportChoices(
    IReadOnlyList<CodeChoice> Touchpoints, IReadOnlyList<CodeChoice> Journeys, IReadOnlyList<CodeChoice> Scales, IReadOnlyList<CodeChoice> Dimensions)
{
    public static async Task<ImportChoices> LoadAsync(IDbContextFactory<CxPortalDbContext> contexts, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return new ImportChoices(
            await db.Touchpoints.OrderBy(t => t.Name).Select(t => new CodeChoice(t.Code, t.Name)).ToListAsync(ct),
            await db.Journeys.OrderBy(j => j.Name).Select(j => new CodeChoice(j.Code, j.Name)).ToListAsync(ct),
            await db.SurveyScales.OrderBy(s => s.Name).Select(s => new CodeChoice(s.Code, s.Name)).ToListAsync(ct),
            await db.SegmentDimensions.OrderBy(d => d.Name).Select(d => new CodeChoice(d.Code, d.Name)).ToListAsync(ct));
    }
}
