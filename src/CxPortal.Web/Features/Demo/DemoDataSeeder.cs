using CxPortal.Data;
using CxPortal.Data.Ingestion;
using CxPortal.Domain.Surveys;
using CxPortal.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Demo;

/// <summary>
/// Generates the demo installation in code, deterministically (fixed seed, dates relative to
/// today): three journeys with a year of responses, written through the same path as imports.
/// </summary>
public sealed class DemoDataSeeder(TimeProvider clock)
{
    public const string Rating10Scale = "rating10";
    public const string SatisfiedScale = "satisfied";
    public const string ExperienceStage = "experience";
    public const string AirportChannel = "airport";
    public const string InFlightChannel = "in-flight";
    private const int Seed = 20261123;

    public async Task<DemoSummary> SeedAsync(CxPortalDbContext db, CancellationToken ct)
    {
        await AddDemoConfigurationAsync(db, ct);
        var context = new DemoContext(db, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await context.LoadAsync(ct);
        var random = new DemoRandom(Seed);

        var responses = new List<StagedResponse>();
        responses.AddRange(await LaunchJourneyDemo.CreateAsync(context, ct));
        responses.AddRange(await B2bJourneyDemo.CreateAsync(context, random, ct));
        responses.AddRange(await AirTravelJourneyDemo.CreateAsync(context, random, ct));

        var result = await ResponseWriter.WriteAsync(db, responses.Select((r, i) => r with { Line = i + 1 }), ct: ct);
        if (result.HasConflicts)
        {
            throw new InvalidOperationException($"Demo data conflicts with stored data: {result.Problems[0].Message}");
        }
        return new DemoSummary(await db.Journeys.CountAsync(ct), await db.Touchpoints.CountAsync(ct), result.Accepted);
    }

    /// <summary>The scales, stage, channels and dimensions the demo journeys use beyond the defaults.</summary>
    private static async Task AddDemoConfigurationAsync(CxPortalDbContext db, CancellationToken ct)
    {
        db.SurveyScales.AddRange(
            new SurveyScale
            {
                Code = Rating10Scale, Name = "Rating (0–10)", Kind = ScaleKind.Rating, Min = 0, Max = 10, SatisfiedMin = 7, TopBoxMin = 9,
                Labels = [new() { Value = 0, Text = "Terrible" }, new() { Value = 10, Text = "Perfect" }],
            },
            new SurveyScale
            {
                Code = SatisfiedScale, Name = "Satisfied (no / yes)", Kind = ScaleKind.Csat, Min = 0, Max = 1, SatisfiedMin = 1, TopBoxMin = 1,
                Labels = [new() { Value = 0, Text = "Neutral or dissatisfied" }, new() { Value = 1, Text = "Satisfied" }],
            });
        var retention = await db.Stages.SingleOrDefaultAsync(s => s.Code == "retention", ct);
        var position = retention?.Position ?? await db.Stages.CountAsync(ct);
        if (retention is not null)
        {
            retention.Position = position + 1;
        }
        db.Stages.Add(new Stage { Code = ExperienceStage, Name = "Experience", Position = position });
        db.Channels.AddRange(
            new Channel { Code = AirportChannel, Name = "Airport" },
            new Channel { Code = InFlightChannel, Name = "In flight" });
        db.SegmentDimensions.AddRange(
            new SegmentDimension { Code = "region", Name = "Region" },
            new SegmentDimension { Code = "product-line", Name = "Product line" },
            new SegmentDimension { Code = "customer-type", Name = "Customer type" },
            new SegmentDimension { Code = "travel-type", Name = "Type of travel" },
            new SegmentDimension { Code = "class", Name = "Class" });
        await db.SaveChangesAsync(ct);
    }
}
