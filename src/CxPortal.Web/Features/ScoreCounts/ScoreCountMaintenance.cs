using CxPortal.Data;
using CxPortal.Data.Auditing;
using CxPortal.Data.ScoreCounts;
using CxPortal.Domain.Surveys;
using CxPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.ScoreCounts;

/// <summary>The admin's "verify counts" and "rebuild", for the API and the admin page alike.</summary>
public sealed class ScoreCountMaintenance(ScoreCountVerifier verifier, IDbContextFactory<CxPortalDbContext> contexts, CurrentActor actor)
{
    public Task<VerifyReport> VerifyAsync(CancellationToken ct = default) => verifier.VerifyAsync(ct);

    /// <summary>Rebuilds the store from the raw responses, verifies it, and records both in the audit log.</summary>
    public async Task<VerifyReport> RebuildAsync(CancellationToken ct = default)
    {
        await verifier.RebuildAsync(ct);
        var report = await verifier.VerifyAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        AuditLog.Record(db, await actor.NameAsync(), "rebuild", "score-counts", "all",
            new { report.ResponsesCounted, report.CellsChecked, report.DifferenceCount });
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>The report's differing cells with codes instead of ids; an id no longer stored shows as "#id".</summary>
    public async Task<CountCheck> DescribeAsync(VerifyReport report, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var touchpointIds = IdsOf(report, SubjectKind.Touchpoint);
        var journeyIds = IdsOf(report, SubjectKind.Journey);
        var scaleIds = report.Differences.Select(d => d.ScaleId).Distinct().ToList();
        var valueIds = report.Differences.Where(d => d.SegmentValueId is not null).Select(d => d.SegmentValueId!.Value).Distinct().ToList();
        var touchpoints = await db.Touchpoints.AsNoTracking().Where(t => touchpointIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Code, ct);
        var journeys = await db.Journeys.AsNoTracking().Where(j => journeyIds.Contains(j.Id)).ToDictionaryAsync(j => j.Id, j => j.Code, ct);
        var scales = await db.SurveyScales.AsNoTracking().Where(s => scaleIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Code, ct);
        var values = await db.SegmentValues.AsNoTracking().Where(v => valueIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Dimension.Code, v.Value }).ToDictionaryAsync(v => v.Id, v => $"{v.Code} = {v.Value}", ct);

        var rows = report.Differences.Select(d => new CountCheckRow(
            (SubjectKind)d.SubjectKind == SubjectKind.Touchpoint
                ? $"touchpoint {Name(touchpoints, d.SubjectId)}"
                : $"journey {Name(journeys, d.SubjectId)} (overall)",
            d.SegmentValueId is { } value ? Name(values, value) : null,
            d.Day, Name(scales, d.ScaleId), d.Score, d.Stored, d.Recounted)).ToList();
        return new CountCheck(report, rows);
    }

    private static List<int> IdsOf(VerifyReport report, SubjectKind kind) =>
        report.Differences.Where(d => (SubjectKind)d.SubjectKind == kind).Select(d => d.SubjectId).Distinct().ToList();

    private static string Name(Dictionary<int, string> names, int id) => names.TryGetValue(id, out var name) ? name : $"#{id}";
}
