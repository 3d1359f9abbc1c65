using CxPortal.Data;
using CxPortal.Data.Auditing;
using CxPortal.Domain.Touchpoints;
using CxPortal.Web.Features.Audit;
using CxPortal.Web.Features.Imports;
using CxPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Measurements;

/// <summary>
/// Records operational measurements all-or-nothing, from the API, the CSV import and the UI. A value
/// for a metric and period that is already stored is replaced (a corrected figure), and the audit
/// log records who sent how many.
/// </summary>
public sealed class MeasurementService(IDbContextFactory<CxPortalDbContext> contexts)
{
    public const int MaxBatch = 5_000;

    /// <summary>Checks every item, then stores all of them in one transaction, or none.</summary>
    public Task<MeasurementResult> RecordAsync(IReadOnlyList<MeasurementInput> inputs, string actor, CancellationToken ct = default) =>
        RecordAsync(inputs.Select((m, i) => ((long)i, m)).ToList(), actor, "api", ct);

    /// <summary>As above, with each item's own number (a CSV line) for its errors and the source for the audit log.</summary>
    public async Task<MeasurementResult> RecordAsync(IReadOnlyList<(long Index, MeasurementInput Input)> inputs, string actor, string source,
        CancellationToken ct = default)
    {
        if (inputs.Count > MaxBatch)
        {
            return new MeasurementResult(0, 0, 0,
                [new ItemError(MaxBatch, "", $"There are {inputs.Count:N0} measurements; send at most {MaxBatch:N0} at once.")]) { TooLarge = true };
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var checker = await CheckerAsync(db, ct);
        var errors = new List<ItemError>();
        var items = new List<MeasurementChecker.Checked>();
        var first = new Dictionary<(int, DateOnly, DateOnly), long>();
        foreach (var (index, input) in inputs)
        {
            if (checker.Check(input, index, errors) is not { } item)
            {
                continue;
            }
            if (!first.TryAdd((item.MetricId, item.PeriodStart, item.PeriodEnd), index))
            {
                errors.Add(new ItemError(index, "periodStart",
                    $"{input.Touchpoint}/{input.Metric} for {item.PeriodStart:yyyy-MM-dd}–{item.PeriodEnd:yyyy-MM-dd} is already given at {first[(item.MetricId, item.PeriodStart, item.PeriodEnd)]}."));
                continue;
            }
            items.Add(item);
        }
        if (errors.Count > 0)
        {
            return new MeasurementResult(0, 0, 0, errors);
        }
        if (items.Count == 0)
        {
            return new MeasurementResult(0, 0, 0, []);
        }

        var metricIds = items.Select(m => m.MetricId).Distinct().ToList();
        var stored = await db.Measurements.Where(m => metricIds.Contains(m.MetricId))
            .ToDictionaryAsync(m => (m.MetricId, m.PeriodStart, m.PeriodEnd), ct);
        var replaced = 0;
        foreach (var item in items)
        {
            if (stored.TryGetValue((item.MetricId, item.PeriodStart, item.PeriodEnd), out var existing))
            {
                existing.Value = item.Value;
                replaced++;
            }
            else
            {
                db.Measurements.Add(new Measurement
                {
                    MetricId = item.MetricId, PeriodStart = item.PeriodStart, PeriodEnd = item.PeriodEnd, Value = item.Value,
                });
            }
        }
        AuditLog.Record(db, actor, AuditNames.Import, AuditNames.Measurements, source,
            new { count = items.Count, created = items.Count - replaced, replaced, metrics = metricIds.Count });
        if (!await DbErrors.TrySaveAsync(db, ct))
        {
            return new MeasurementResult(0, 0, 0, [new ItemError(0, "",
                "The same measurements were stored at the same time by someone else; nothing was stored. Send them again.")]);
        }
        return new MeasurementResult(items.Count, items.Count - replaced, replaced, []);
    }

    private static async Task<MeasurementChecker> CheckerAsync(CxPortalDbContext db, CancellationToken ct)
    {
        var touchpoints = await db.Touchpoints.Select(t => t.Code).ToListAsync(ct);
        var metrics = await db.OperationalMetrics.Select(m => new { Touchpoint = m.Touchpoint.Code, m.Code, m.Id }).ToListAsync(ct);
        return new MeasurementChecker(metrics.ToDictionary(m => (m.Touchpoint, m.Code), m => m.Id), touchpoints.ToHashSet(StringComparer.Ordinal));
    }
}
