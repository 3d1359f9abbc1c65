using CxPortal.Data;
using CxPortal.Data.Auditing;
using CxPortal.Domain.Touchpoints;
using CxPortal.Web.Features.Audit;
using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Outcomes;
using CxPortal.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Touchpoints.Metrics;

/// <summary>The operational metrics of a touchpoint. Measurements are another feature's; a metric that has them stays.</summary>
public sealed class MetricService(IDbContextFactory<CxPortalDbContext> contexts, CurrentActor actor, TimeProvider clock)
{
    private const string ConcurrentChange = "The metric was changed at the same time (or received measurements); reload and try again.";

    public async Task<Outcome<IReadOnlyList<MetricDetails>>> ListAsync(string touchpoint, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var touchpointId = await TouchpointIdAsync(db, touchpoint, ct);
        if (touchpointId is null)
        {
            return Outcome<IReadOnlyList<MetricDetails>>.NotFound("Touchpoint", touchpoint);
        }
        var metrics = await Project(db.OperationalMetrics.Where(m => m.TouchpointId == touchpointId).OrderBy(m => m.Id)).ToListAsync(ct);
        return Outcome<IReadOnlyList<MetricDetails>>.Ok(metrics);
    }

    public async Task<Outcome<MetricDetails>> GetAsync(string touchpoint, string code, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var touchpointId = await TouchpointIdAsync(db, touchpoint, ct);
        if (touchpointId is null)
        {
            return Outcome<MetricDetails>.NotFound("Touchpoint", touchpoint);
        }
        return await GetAsync(db, touchpointId.Value, code, ct) is { } metric
            ? Outcome<MetricDetails>.Ok(metric)
            : Outcome<MetricDetails>.NotFound("Metric", $"{touchpoint}/{code}");
    }

    public async Task<Outcome<MetricDetails>> CreateAsync(string touchpoint, MetricInput input, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var touchpointId = await TouchpointIdAsync(db, touchpoint, ct);
        if (touchpointId is null)
        {
            return Outcome<MetricDetails>.NotFound("Touchpoint", touchpoint);
        }
        var normalised = input.Normalised();
        var validation = await new MetricInputValidator().ValidateAsync(normalised, ct);
        if (!validation.IsValid)
        {
            return Outcome<MetricDetails>.Invalid(ValidationErrors.From(validation));
        }
        if (await db.OperationalMetrics.AnyAsync(m => m.TouchpointId == touchpointId && m.Code == normalised.Code, ct))
        {
            return Outcome<MetricDetails>.Conflict(Taken(touchpoint, normalised.Code!), "code");
        }

        var metric = new OperationalMetric { TouchpointId = touchpointId.Value, Code = normalised.Code!, Name = normalised.Name! };
        Apply(normalised, metric);
        db.OperationalMetrics.Add(metric);
        await TouchTouchpointAsync(db, touchpointId.Value, ct);
        AuditLog.Record(db, await actor.NameAsync(), AuditNames.Create, AuditNames.Metric, Key(touchpoint, metric.Code), normalised);
        if (!await DbErrors.TrySaveAsync(db, ct))
        {
            return Outcome<MetricDetails>.Conflict(ConcurrentChange, "code");
        }
        return Outcome<MetricDetails>.Ok((await GetAsync(db, touchpointId.Value, metric.Code, ct))!);
    }

    public async Task<Outcome<MetricDetails>> UpdateAsync(string touchpoint, string code, MetricInput input, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var touchpointId = await TouchpointIdAsync(db, touchpoint, ct);
        if (touchpointId is null)
        {
            return Outcome<MetricDetails>.NotFound("Touchpoint", touchpoint);
        }
        var metric = await db.OperationalMetrics.FirstOrDefaultAsync(m => m.TouchpointId == touchpointId && m.Code == code, ct);
        if (metric is null)
        {
            return Outcome<MetricDetails>.NotFound("Metric", Key(touchpoint, code));
        }
        var normalised = input.Normalised();
        var validation = await new MetricInputValidator().ValidateAsync(normalised, ct);
        if (!validation.IsValid)
        {
            return Outcome<MetricDetails>.Invalid(ValidationErrors.From(validation));
        }
        if (normalised.Code != code
            && await db.OperationalMetrics.AnyAsync(m => m.TouchpointId == touchpointId && m.Code == normalised.Code, ct))
        {
            return Outcome<MetricDetails>.Conflict(Taken(touchpoint, normalised.Code!), "code");
        }

        var before = Snapshot(metric);
        if (before != normalised)
        {
            Apply(normalised, metric);
            await TouchTouchpointAsync(db, touchpointId.Value, ct);
            AuditLog.Record(db, await actor.NameAsync(), AuditNames.Update, AuditNames.Metric, Key(touchpoint, code),
                AuditChanges.Between(before, normalised));
            if (!await DbErrors.TrySaveAsync(db, ct))
            {
                return Outcome<MetricDetails>.Conflict(ConcurrentChange, "code");
            }
        }
        return Outcome<MetricDetails>.Ok((await GetAsync(db, touchpointId.Value, metric.Code, ct))!);
    }

    public async Task<Outcome<Removed>> DeleteAsync(string touchpoint, string code, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var touchpointId = await TouchpointIdAsync(db, touchpoint, ct);
        if (touchpointId is null)
        {
            return Outcome<Removed>.NotFound("Touchpoint", touchpoint);
        }
        var metric = await db.OperationalMetrics.FirstOrDefaultAsync(m => m.TouchpointId == touchpointId && m.Code == code, ct);
        if (metric is null)
        {
            return Outcome<Removed>.NotFound("Metric", Key(touchpoint, code));
        }
        var measurements = await db.Measurements.CountAsync(m => m.MetricId == metric.Id, ct);
        if (measurements > 0)
        {
            return Outcome<Removed>.Conflict(
                $"Metric '{code}' of touchpoint '{touchpoint}' has {TouchpointService.Count(measurements, "measurement")}; " +
                "deleting it would delete operational data.");
        }
        db.OperationalMetrics.Remove(metric);
        await TouchTouchpointAsync(db, touchpointId.Value, ct);
        AuditLog.Record(db, await actor.NameAsync(), AuditNames.Delete, AuditNames.Metric, Key(touchpoint, code), Snapshot(metric));
        if (!await DbErrors.TrySaveAsync(db, ct))
        {
            return Outcome<Removed>.Conflict(ConcurrentChange);
        }
        return Outcome<Removed>.Ok(new Removed(code, []));
    }

    private static string Key(string touchpoint, string metric) => $"{touchpoint}/{metric}";

    private static string Taken(string touchpoint, string code) =>
        $"Touchpoint '{touchpoint}' already has a metric with code '{code}'.";

    private static Task<int?> TouchpointIdAsync(CxPortalDbContext db, string code, CancellationToken ct) =>
        db.Touchpoints.Where(t => t.Code == code).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);

    private static Task<MetricDetails?> GetAsync(CxPortalDbContext db, int touchpointId, string code, CancellationToken ct) =>
        Project(db.OperationalMetrics.Where(m => m.TouchpointId == touchpointId && m.Code == code)).FirstOrDefaultAsync(ct);

    private static IQueryable<MetricDetails> Project(IQueryable<OperationalMetric> query) =>
        query.AsNoTracking().Select(m => new MetricDetails(m.Code, m.Name, m.Unit, ContractWords.Word(m.Direction),
            m.Target, m.Worst, m.Measurements.Count));

    /// <summary>A metric is part of its touchpoint: changing one changes the touchpoint's UpdatedAt.</summary>
    private async Task TouchTouchpointAsync(CxPortalDbContext db, int touchpointId, CancellationToken ct)
    {
        var touchpoint = await db.Touchpoints.FirstAsync(t => t.Id == touchpointId, ct);
        touchpoint.UpdatedAt = clock.GetUtcNow().UtcDateTime;
    }

    private static MetricInput Snapshot(OperationalMetric m) => new()
    {
        Code = m.Code, Name = m.Name, Unit = m.Unit, Direction = ContractWords.Directions.Word(m.Direction), Target = m.Target,
        Worst = m.Worst,
    };

    private static void Apply(MetricInput input, OperationalMetric metric)
    {
        metric.Code = input.Code!;
        metric.Name = input.Name!;
        metric.Unit = input.Unit!;
        metric.Direction = ContractWords.Directions.Parse(input.Direction!);
        metric.Target = input.Target!.Value;
        metric.Worst = input.Worst!.Value;
    }
}
