using CxPortal.Data;
using CxPortal.Data.Ingestion;
using CxPortal.Domain.Journeys;
using CxPortal.Domain.Surveys;
using CxPortal.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Scores;

/// <summary>Builds inventory and writes responses through the one write path (ResponseWriter), for score tests.</summary>
public sealed class ScoreData(CxPortalDbContext db)
{
    private readonly SegmentValueResolver _segments = new(db);
    private readonly List<StagedResponse> _pending = [];

    public CxPortalDbContext Db { get; } = db;

    /// <summary>A 0–10 rating scale (kind rating, satisfied ≥ 7, top box ≥ 9), as the demo's rating10.</summary>
    public async Task<int> Rating10Async()
    {
        var existing = await Db.SurveyScales.Where(s => s.Code == "rating10").Select(s => (int?)s.Id).SingleOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }
        var scale = new SurveyScale
        {
            Code = "rating10", Name = "Rating (0–10)", Kind = ScaleKind.Rating, Min = 0, Max = 10, SatisfiedMin = 7, TopBoxMin = 9,
            Labels = [new() { Value = 0, Text = "Terrible" }, new() { Value = 10, Text = "Perfect" }],
        };
        Db.SurveyScales.Add(scale);
        await Db.SaveChangesAsync();
        return scale.Id;
    }

    public async Task<int> ScaleAsync(string code) => await Db.SurveyScales.Where(s => s.Code == code).Select(s => s.Id).SingleAsync();

    public async Task<int> DimensionAsync(string code)
    {
        var id = await Db.SegmentDimensions.Where(d => d.Code == code).Select(d => (int?)d.Id).SingleOrDefaultAsync();
        if (id is { } known)
        {
            return known;
        }
        var dimension = new SegmentDimension { Code = code, Name = code };
        Db.SegmentDimensions.Add(dimension);
        await Db.SaveChangesAsync();
        return dimension.Id;
    }

    public async Task<SegmentRef> SegmentAsync(string dimension, string value)
    {
        var dimensionId = await DimensionAsync(dimension);
        return new SegmentRef(dimensionId, await _segments.ResolveAsync(dimensionId, value));
    }

    /// <summary>A journey of new touchpoints (code, name, stage code) on the reference stages and the web channel.</summary>
    public async Task<Journey> JourneyAsync(string code, string name, params (string Code, string Name, string Stage)[] touchpoints)
    {
        var stages = await Db.Stages.ToDictionaryAsync(s => s.Code);
        var channel = await Db.Channels.FirstAsync(c => c.Code == "web");
        var existing = await Db.Touchpoints.Where(t => touchpoints.Select(x => x.Code).Contains(t.Code)).ToDictionaryAsync(t => t.Code);
        var now = DateTime.UtcNow;
        var tps = touchpoints.Select(t => existing.GetValueOrDefault(t.Code) ?? new Touchpoint
        {
            Code = t.Code, Name = t.Name, Stage = stages[t.Stage], Channel = channel, Owner = $"Owner of {t.Name}",
            CreatedAt = now, UpdatedAt = now,
        }).ToList();
        var journey = new Journey
        {
            Code = code, Name = name, CreatedAt = now, UpdatedAt = now,
            Steps = tps.Select((t, i) => new JourneyStep { Position = i, Touchpoint = t }).ToList(),
        };
        Db.Journeys.Add(journey);
        await Db.SaveChangesAsync();
        return journey;
    }

    public int TouchpointId(Journey journey, string code) => journey.Steps.Single(s => s.Touchpoint.Code == code).TouchpointId;

    public ScoreData Rate(string id, SubjectKind kind, int subject, int scale, int score, DateTime at, string? respondent = null,
        string? comment = null, params SegmentRef[] segments)
    {
        _pending.Add(new StagedResponse(_pending.Count + 1, id, kind, subject, scale, score, DateTime.SpecifyKind(at, DateTimeKind.Utc),
            respondent, comment, segments));
        return this;
    }

    public ScoreData Touchpoint(string id, int touchpoint, int scale, int score, DateTime at, string? respondent = null,
        string? comment = null, params SegmentRef[] segments) =>
        Rate(id, SubjectKind.Touchpoint, touchpoint, scale, score, at, respondent, comment, segments);

    public ScoreData Overall(string id, int journey, int scale, int score, DateTime at, string? respondent = null,
        params SegmentRef[] segments) =>
        Rate(id, SubjectKind.Journey, journey, scale, score, at, respondent, null, segments);

    /// <summary>Writes everything rated so far in one all-or-nothing batch.</summary>
    public async Task WriteAsync()
    {
        var result = await ResponseWriter.WriteAsync(Db, _pending);
        result.Problems.Should().BeEmpty();
        result.Accepted.Should().Be(_pending.Count);
        _pending.Clear();
    }

    public static DateTime At(DateOnly day, int hour = 12) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);
}
