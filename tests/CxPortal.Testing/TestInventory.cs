using CxPortal.Data;
using CxPortal.Domain.Journeys;
using CxPortal.Domain.Surveys;
using CxPortal.Domain.Touchpoints;

namespace CxPortal.Testing;

/// <summary>A minimal inventory to hang responses on: one stage, channel, dimension, the built-in scales, touchpoints and a journey.</summary>
public sealed class TestInventory
{
    public required Stage Stage { get; init; }
    public required Channel Channel { get; init; }
    public required IReadOnlyDictionary<string, SurveyScale> Scales { get; init; }
    public required IReadOnlyList<Touchpoint> Touchpoints { get; init; }
    public required Journey Journey { get; init; }
    public required SegmentDimension Region { get; init; }
    public required SegmentDimension Product { get; init; }

    public static async Task<TestInventory> AddAsync(CxPortalDbContext db, int touchpoints = 3)
    {
        var stage = new Stage { Code = "awareness", Name = "Awareness", Position = 0 };
        var channel = new Channel { Code = "web", Name = "Web" };
        var scales = BuiltInScales.Create();
        var now = DateTime.UtcNow;
        var tps = Enumerable.Range(1, touchpoints).Select(i => new Touchpoint
        {
            Code = $"tp-{i}", Name = $"Touchpoint {i}", Stage = stage, Channel = channel, CreatedAt = now, UpdatedAt = now,
        }).ToList();
        var journey = new Journey
        {
            Code = "journey", Name = "Journey", CreatedAt = now, UpdatedAt = now,
            Steps = tps.Select((t, i) => new JourneyStep { Position = i, Touchpoint = t }).ToList(),
        };
        var region = new SegmentDimension { Code = "region", Name = "Region" };
        var product = new SegmentDimension { Code = "product", Name = "Product" };
        db.AddRange(stage, channel, journey, region, product);
        db.SurveyScales.AddRange(scales);
        db.Touchpoints.AddRange(tps);
        await db.SaveChangesAsync();
        return new TestInventory
        {
            Stage = stage, Channel = channel, Scales = scales.ToDictionary(s => s.Code), Touchpoints = tps, Journey = journey,
            Region = region, Product = product,
        };
    }
}
