using CxPortal.Data;
using CxPortal.Data.Ingestion;
using CxPortal.Domain.Journeys;
using CxPortal.Domain.Surveys;
using CxPortal.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Demo;

/// <summary>Lookups and builders shared by the demo journeys.</summary>
public sealed class DemoContext(CxPortalDbContext db, DateOnly today)
{
    private readonly SegmentValueResolver _segments = new(db);
    private Dictionary<string, int> _stages = [];
    private Dictionary<string, int> _channels = [];
    private Dictionary<string, int> _scales = [];
    private Dictionary<string, int> _dimensions = [];

    public CxPortalDbContext Db { get; } = db;
    public DateOnly Today { get; } = today;
    public DateTime Now { get; } = DateTime.SpecifyKind(today.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);

    public async Task LoadAsync(CancellationToken ct)
    {
        _stages = await Db.Stages.ToDictionaryAsync(s => s.Code, s => s.Id, ct);
        _channels = await Db.Channels.ToDictionaryAsync(c => c.Code, c => c.Id, ct);
        _scales = await Db.SurveyScales.ToDictionaryAsync(s => s.Code, s => s.Id, ct);
        _dimensions = await Db.SegmentDimensions.ToDictionaryAsync(d => d.Code, d => d.Id, ct);
    }

    public int Scale(string code) => _scales[code];

    public Touchpoint Touchpoint(string code, string name, string stage, string channel, string owner,
        string operational, string relationship, string description = "", bool intentional = true,
        TrackingMode tracking = TrackingMode.Persistent, double weight = 1, double relationshipWeight = 0.5) =>
        new()
        {
            Code = code, Name = name, Description = description, StageId = _stages[stage], ChannelId = _channels[channel],
            Owner = owner, Intentional = intentional, OperationalPurpose = operational, RelationshipPurpose = relationship,
            TrackingMode = tracking, Weight = weight, RelationshipWeight = relationshipWeight, CreatedAt = Now, UpdatedAt = Now,
        };

    public static Journey Journey(string code, string name, string description, IEnumerable<Touchpoint> steps, DateTime now) =>
        new()
        {
            Code = code, Name = name, Description = description, CreatedAt = now, UpdatedAt = now,
            Steps = steps.Select((t, i) => new JourneyStep { Position = i, Touchpoint = t }).ToList(),
        };

    /// <summary>Monthly measurements for the twelve months up to this one, from a value per month index (0 = oldest).</summary>
    public List<Measurement> Monthly(Func<int, double> valueForMonth)
    {
        var thisMonth = new DateOnly(Today.Year, Today.Month, 1);
        return Enumerable.Range(0, 12).Select(i =>
        {
            var start = thisMonth.AddMonths(i - 11);
            return new Measurement { PeriodStart = start, PeriodEnd = start.AddMonths(1).AddDays(-1), Value = Math.Round(valueForMonth(i), 2) };
        }).ToList();
    }

    public async Task<IReadOnlyList<SegmentRef>> SegmentsAsync(CancellationToken ct, params (string Dimension, string Value)[] values)
    {
        var refs = new List<SegmentRef>(values.Length);
        foreach (var (dimension, value) in values)
        {
            var dimensionId = _dimensions[dimension];
            refs.Add(new SegmentRef(dimensionId, await _segments.ResolveAsync(dimensionId, value, ct)));
        }
        return refs;
    }
}
