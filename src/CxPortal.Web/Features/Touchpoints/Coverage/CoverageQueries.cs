using CxPortal.Data;
using CxPortal.Domain.Surveys;
using CxPortal.Web.Features.Scores;
using CxPortal.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Touchpoints.Coverage;

/// <summary>
/// Which touchpoints lack data: no response and no operational measurement in the window of their
/// tracking mode (<see cref="TrackingWindows"/>). A measurement counts when its period overlaps the window.
/// </summary>
public sealed class CoverageQueries(IDbContextFactory<CxPortalDbContext> contexts, TimeProvider clock)
{
    public async Task<CoverageMap> MapAsync(CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stages = await db.Stages.AsNoTracking().OrderBy(s => s.Position).Select(s => new CodeName(s.Code, s.Name)).ToListAsync(ct);
        var channels = await db.Channels.AsNoTracking().OrderBy(c => c.Name).Select(c => new CodeName(c.Code, c.Name)).ToListAsync(ct);
        var touchpoints = await db.Touchpoints.AsNoTracking()
            .Select(t => new { t.Id, t.Code, t.Name, Stage = t.Stage.Code, Channel = t.Channel.Code, t.TrackingMode })
            .ToListAsync(ct);
        // The count store answers "latest day with a response" without scanning raw responses.
        var lastResponse = await db.ScoreCounts.AsNoTracking()
            .Where(c => c.SubjectKind == SubjectKind.Touchpoint && c.Count > 0 && c.Day <= today)
            .GroupBy(c => c.SubjectId).Select(g => new { Id = g.Key, Day = g.Max(c => c.Day) })
            .ToDictionaryAsync(x => x.Id, x => x.Day, ct);
        var lastMeasurement = await db.Measurements.AsNoTracking()
            .Where(m => m.PeriodStart <= today)
            .GroupBy(m => m.Metric.TouchpointId).Select(g => new { Id = g.Key, End = g.Max(m => m.PeriodEnd) })
            .ToDictionaryAsync(x => x.Id, x => x.End, ct);

        var coverage = touchpoints.Select(t =>
        {
            var start = TrackingWindows.Start(t.TrackingMode, today);
            DateOnly? response = lastResponse.TryGetValue(t.Id, out var day) ? day : null;
            DateOnly? measurement = lastMeasurement.TryGetValue(t.Id, out var end) ? end : null;
            return new TouchpointCoverage(t.Code, t.Name, t.Stage, t.Channel, ContractWords.Word(t.TrackingMode),
                TrackingWindows.Days(t.TrackingMode), start, response, measurement,
                Measured: response >= start || measurement >= start);
        });
        var cells = coverage
            .GroupBy(t => (t.Stage, t.Channel))
            .Select(g => new CoverageCell(g.Key.Stage, g.Key.Channel,
                g.OrderBy(t => t.Measured).ThenBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(t => t.Code).ToList()))
            .ToList();
        return new CoverageMap(today, stages, channels, cells);
    }
}
