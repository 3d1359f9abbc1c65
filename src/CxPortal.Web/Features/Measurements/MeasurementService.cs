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

    /// <summary>Checks every item, then stores all of them in one transaction, or none. At most <see cref="MaxBatch"/> items.</summary>
    public Task<MeasurementResult> RecordAsync(IReadOnlyList<MeasurementInput> inputs, string actor, CancellationToken ct = default)
    {
        if (inputs.Count > MaxBatch)
        {
            return Task.FromResult(MeasurementResult.Failed(
                [new ItemError(MaxBatch, "", $"There are {inputs.Count:N0} measurements; send at most {MaxBatch:N0} at once.")]) with { TooLarge = true });
        }
        return RecordAsync(inputs.Select((m, i) => ((long)i, m)).ToList(), actor, "api", dryRun: false, skipInvalid: false, ct);
    }

    /// <summary>As above, each item with its own number (its form or line) for its errors, and the source for the audit log.</summary>
    public Task<MeasurementResult> RecordAsync(IReadOnlyList<(long Index, MeasurementInput Input)> inputs, string actor, string source,
        CancellationToken ct = default) =>
        RecordAsync(inputs, actor, source, dryRun: false, skipInvalid: false, ct);

    /// <summary>
    /// As above for a file: each item carries its own number (its CSV line) for its errors, and
    /// <paramref name="source"/> names it in the audit log.
    /// </summary>
    public async Task<MeasurementResult> RecordAsync(IReadOnlyList<(long Index, MeasurementInput Input)> inputs, string actor, string source,
        bool dryRun, bool skipInvalid, CancellationToken ct = default)
    {
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
        if (errors.Count > 0 && !skipInvalid)
        {
            return MeasurementResult.Failed(errors);
        }

        var metricIds = items.Select(m => m.MetricId).Distinct().ToList();
        var stored = await db.Measurements.Where(m => metricIds.Contains(m.MetricId))
            .ToDictionaryAsync(m => (m.MetricId, m.PeriodStart, m.PeriodEnd), ct);
        int replaced = 0, unchanged = 0;
        foreach (var item in items)
        {
            if (!stored.TryGetValue((item.MetricId, item.PeriodStart, item.PeriodEnd), out var existing))
            {
                db.Measurements.Add(new Measurement
                {
                    MetricId = item.MetricId, PeriodStart = item.PeriodStart, PeriodEnd = item.PeriodEnd, Value = item.Value,
                });
            }
            else if (existing.Value.Equals(item.Value))
            {
                unchanged++;
            }
            else
            {
                existing.Value = item.Value;
                replaced++;
            }
        }
        var created = items.Count - replaced - unchanged;
        if (!dryRun && created + replaced > 0)
        {
            AuditLog.Record(db, actor, AuditNames.Import, AuditNames.Measurements, source[..Math.Min(source.Length, 120)],
                new { count = items.Count, created, replaced, unchanged, metrics = metricIds.Count });
            if (!await DbErrors.TrySaveAsync(db, ct))
            {
                return MeasurementResult.Failed([new ItemError(0, "",
                    "The same measurements were stored at the same time by someone else; nothing was stored. Send them again.")]);
            }
        }
        return new MeasurementResult(items.Count, created, replaced, unchanged, errors);
    }

    private static async Task<MeasurementChecker> CheckerAsync(CxPortalDbContext db, CancellationToken ct)
    {
        var touchpoints = await db.Touchpoints.Select(t => t.Code).ToListAsync(ct);
        var metrics = await db.OperationalMetrics.Select(m => new { Touchpoint = m.Touchpoint.Code, m.Code, m.Id }).ToListAsync(ct);
        return new MeasurementChecker(metrics.ToDictionary(m => (m.Touchpoint, m.Code), m => m.Id), touchpoints.ToHashSet(StringComparer.Ordinal));
    }
}
