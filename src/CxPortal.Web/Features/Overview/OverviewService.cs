using CxPortal.Data;
using CxPortal.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Overview;

public sealed class OverviewService(IDbContextFactory<CxPortalDbContext> contexts)
{
    /// <summary>Each journey with its step count and the responses on it (its touchpoints' and its overall ratings), from the count store.</summary>
    public async Task<IReadOnlyList<JourneySummary>> ListJourneysAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var journeys = await db.Journeys.AsNoTracking().OrderBy(j => j.Name)
            .Select(j => new { j.Id, j.Code, j.Name, j.Description, Touchpoints = j.Steps.Select(s => s.TouchpointId).ToList() })
            .ToListAsync(ct);
        var touchpointCounts = await db.ScoreCounts.Where(c => c.SubjectKind == SubjectKind.Touchpoint)
            .GroupBy(c => c.SubjectId).Select(g => new { Id = g.Key, N = g.Sum(c => (long)c.Count) })
            .ToDictionaryAsync(x => x.Id, x => x.N, ct);
        var journeyCounts = await db.ScoreCounts.Where(c => c.SubjectKind == SubjectKind.Journey)
            .GroupBy(c => c.SubjectId).Select(g => new { Id = g.Key, N = g.Sum(c => (long)c.Count) })
            .ToDictionaryAsync(x => x.Id, x => x.N, ct);
        return journeys.Select(j => new JourneySummary(j.Code, j.Name, j.Description, j.Touchpoints.Count,
                j.Touchpoints.Sum(t => touchpointCounts.GetValueOrDefault(t)) + journeyCounts.GetValueOrDefault(j.Id)))
            .ToList();
    }
}
