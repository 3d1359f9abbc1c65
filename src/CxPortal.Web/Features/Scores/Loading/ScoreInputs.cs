using CxPortal.Data;
using CxPortal.Data.Configurations;
using CxPortal.Data.ScoreCounts;
using CxPortal.Domain.Journeys;
using CxPortal.Domain.Scoring;
using CxPortal.Domain.Settings;
using CxPortal.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Scores;

/// <summary>The reads every score request starts with: settings, segment filter, journey and touchpoint definitions.</summary>
internal static class ScoreInputs
{
    /// <summary>The settings row (id 1); the defaults when an installation has none yet.</summary>
    public static async Task<ScoringSettings> SettingsAsync(CxPortalDbContext db, CancellationToken ct) =>
        await db.ScoringSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == ScoringSettings.SingletonId, ct)
        ?? new ScoringSettings();

    /// <summary>
    /// What every count-store view reads after its subject: the thresholds, the segment filter
    /// (an unknown dimension is an error) and a reader over the count store.
    /// </summary>
    public static async Task<(ScoringSettings Settings, SegmentFilter Filter, ScoreCountReader Reader)> CountInputsAsync(
        CxPortalDbContext db, IReadOnlyList<SegmentSelection> selections, CancellationToken ct)
    {
        var filter = await FilterAsync(db, selections, ct);
        var settings = await SettingsAsync(db, ct);
        return (settings, filter, new ScoreCountReader(db, await ScoreCountReader.LoadScalesAsync(db, ct)));
    }

    /// <summary>Resolves dimension and value codes to ids. An unknown dimension is an error; an unknown value simply matches nothing.</summary>
    public static async Task<SegmentFilter> FilterAsync(CxPortalDbContext db, IReadOnlyList<SegmentSelection> selections,
        CancellationToken ct)
    {
        if (selections.Count == 0)
        {
            return SegmentFilter.None;
        }

        var codes = selections.Select(s => s.Dimension).Distinct().ToList();
        var dimensions = await db.SegmentDimensions.AsNoTracking().Where(d => codes.Contains(d.Code))
            .ToDictionaryAsync(d => d.Code, d => d.Id, ct);
        if (codes.FirstOrDefault(c => !dimensions.ContainsKey(c)) is { } unknown)
        {
            throw await UnknownDimensionAsync(db, unknown, ct);
        }

        var ids = dimensions.Values.ToList();
        var texts = selections.Select(s => s.Value).Distinct().ToList();
        var values = await db.SegmentValues.AsNoTracking()
            .Where(v => ids.Contains(v.DimensionId) && texts.Contains(v.Value))
            .Select(v => new { v.Id, v.DimensionId, v.Value })
            .ToListAsync(ct);
        return new SegmentFilter(selections.GroupBy(s => s.Dimension).Select(g =>
        {
            var dimension = dimensions[g.Key];
            var wanted = g.Select(s => s.Value).ToHashSet(StringComparer.Ordinal);
            return new SegmentCondition(dimension,
                values.Where(v => v.DimensionId == dimension && wanted.Contains(v.Value)).Select(v => v.Id).ToList());
        }).ToList());
    }

    public static async Task<ScoreQueryException> UnknownDimensionAsync(CxPortalDbContext db, string code, CancellationToken ct)
    {
        var known = await db.SegmentDimensions.AsNoTracking().OrderBy(d => d.Code).Select(d => d.Code).ToListAsync(ct);
        return new ScoreQueryException(
            $"Unknown segment dimension '{code}'. Known dimensions: {(known.Count == 0 ? "none" : string.Join(", ", known))}.");
    }

    /// <summary>One journey by code with its touchpoints; metrics with the measurements overlapping <paramref name="measured"/>.</summary>
    public static async Task<JourneyDefinition?> JourneyAsync(CxPortalDbContext db, string code, Period measured,
        CancellationToken ct)
    {
        var journey = await db.Journeys.AsNoTracking().Where(j => j.Code == code)
            .Select(j => new { j.Id, j.Code, j.Name }).SingleOrDefaultAsync(ct);
        if (journey is null)
        {
            return null;
        }
        var steps = await StepsAsync(db, db.JourneySteps.Where(s => s.JourneyId == journey.Id), measured, ct);
        return new JourneyDefinition(journey.Id, journey.Code, journey.Name, steps.GetValueOrDefault(journey.Id, []));
    }

    /// <summary>Every journey (by name) with its touchpoints, in three queries whatever their number.</summary>
    public static async Task<IReadOnlyList<JourneyDefinition>> JourneysAsync(CxPortalDbContext db, Period measured,
        CancellationToken ct)
    {
        var journeys = await db.Journeys.AsNoTracking().OrderBy(j => j.Name)
            .Select(j => new { j.Id, j.Code, j.Name }).ToListAsync(ct);
        var steps = await StepsAsync(db, db.JourneySteps, measured, ct);
        return journeys.Select(j => new JourneyDefinition(j.Id, j.Code, j.Name, steps.GetValueOrDefault(j.Id, []))).ToList();
    }

    public static async Task<TouchpointDefinition?> TouchpointAsync(CxPortalDbContext db, string code, Period measured,
        CancellationToken ct)
    {
        var touchpoint = await Project(db.Touchpoints.AsNoTracking().Where(t => t.Code == code)).SingleOrDefaultAsync(ct);
        if (touchpoint is null)
        {
            return null;
        }
        var metrics = await MetricsAsync(db, [touchpoint.Id], measured, ct);
        return touchpoint.Definition(metrics.GetValueOrDefault(touchpoint.Id, []));
    }

    private static async Task<Dictionary<int, IReadOnlyList<TouchpointDefinition>>> StepsAsync(CxPortalDbContext db,
        IQueryable<JourneyStep> steps, Period measured, CancellationToken ct)
    {
        var rows = await steps.AsNoTracking().OrderBy(s => s.JourneyId).ThenBy(s => s.Position)
            .Select(s => new { s.JourneyId, s.TouchpointId }).ToListAsync(ct);
        var ids = rows.Select(r => r.TouchpointId).Distinct().ToList();
        var touchpoints = await Project(db.Touchpoints.AsNoTracking().Where(t => ids.Contains(t.Id))).ToDictionaryAsync(t => t.Id, ct);
        var metrics = await MetricsAsync(db, ids, measured, ct);
        return rows.GroupBy(r => r.JourneyId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<TouchpointDefinition>)g
                .Select(r => touchpoints[r.TouchpointId].Definition(metrics.GetValueOrDefault(r.TouchpointId, [])))
                .ToList());
    }

    private static IQueryable<TouchpointRow> Project(IQueryable<Touchpoint> touchpoints) =>
        touchpoints.Select(t => new TouchpointRow
        {
            Id = t.Id, Code = t.Code, Name = t.Name, StageCode = t.Stage.Code, StageName = t.Stage.Name,
            StagePosition = t.Stage.Position, Channel = t.Channel.Name, Owner = t.Owner, Weight = t.Weight,
            RelationshipWeight = t.RelationshipWeight,
        });

    private static async Task<Dictionary<int, IReadOnlyList<MetricRow>>> MetricsAsync(CxPortalDbContext db,
        List<int> touchpointIds, Period measured, CancellationToken ct)
    {
        var metrics = await db.OperationalMetrics.AsNoTracking()
            .Where(m => touchpointIds.Contains(m.TouchpointId))
            .OrderBy(m => m.TouchpointId).ThenBy(m => m.Code)
            .Select(m => new
            {
                Metric = m,
                Values = m.Measurements
                    .Where(x => x.PeriodStart <= measured.To && x.PeriodEnd >= measured.From)
                    .Select(x => new MeasurementRow(x.PeriodStart, x.PeriodEnd, x.Value))
                    .ToList(),
            })
            .ToListAsync(ct);
        return metrics.GroupBy(m => m.Metric.TouchpointId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<MetricRow>)g.Select(m => new MetricRow(m.Metric.TouchpointId, MetricDefinition.From(m.Metric), m.Values)).ToList());
    }

    public static string DirectionText(MetricDefinition metric) => LowercaseEnumConverter<MetricDirection>.ToText(metric.Direction);

    private sealed class TouchpointRow
    {
        public int Id { get; init; }
        public required string Code { get; init; }
        public required string Name { get; init; }
        public required string StageCode { get; init; }
        public required string StageName { get; init; }
        public int StagePosition { get; init; }
        public required string Channel { get; init; }
        public required string Owner { get; init; }
        public double Weight { get; init; }
        public double RelationshipWeight { get; init; }

        public TouchpointDefinition Definition(IReadOnlyList<MetricRow> metrics) =>
            new(Id, Code, Name, StageCode, StageName, StagePosition, Channel, Owner, Weight, RelationshipWeight, metrics);
    }
}
