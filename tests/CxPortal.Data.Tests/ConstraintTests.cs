using CxPortal.Domain.Journeys;
using CxPortal.Domain.Surveys;
using CxPortal.Domain.Touchpoints;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Data.Tests;

/// <summary>The database itself refuses what the rules forbid, whatever code writes to it.</summary>
public class ConstraintTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Touchpoint_journey_and_scale_codes_are_unique(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var inventory = await TestInventory.AddAsync(db);

        await Refused(database, d => d.Touchpoints.Add(new Touchpoint
        {
            Code = "tp-1", Name = "Copy", StageId = inventory.Stage.Id, ChannelId = inventory.Channel.Id,
        }));
        await Refused(database, d => d.Journeys.Add(new Journey { Code = "journey", Name = "Copy" }));
        await Refused(database, d => d.SurveyScales.Add(new SurveyScale { Code = "nps", Name = "Copy", Min = 0, Max = 10, SatisfiedMin = 9, TopBoxMin = 9 }));
        await Refused(database, d => d.Stages.Add(new Stage { Code = "awareness", Name = "Copy" }));
        await Refused(database, d => d.Channels.Add(new Channel { Code = "web", Name = "Copy" }));
        await Refused(database, d => d.SegmentDimensions.Add(new SegmentDimension { Code = "region", Name = "Copy" }));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_response_is_about_exactly_one_of_touchpoint_and_journey(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var inventory = await TestInventory.AddAsync(db);
        var tp = inventory.Touchpoints[0].Id;
        var journey = inventory.Journey.Id;

        await Refused(database, d => d.Responses.Add(Response("both", tp, journey, inventory)));
        await Refused(database, d => d.Responses.Add(Response("neither", null, null, inventory)));

        db.Responses.AddRange(Response("touchpoint", tp, null, inventory), Response("journey", null, journey, inventory));
        await db.SaveChangesAsync(Ct);
        (await db.Responses.CountAsync(Ct)).Should().Be(2);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Deleting_a_rated_touchpoint_is_refused_and_keeps_its_responses(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            var inventory = await TestInventory.AddAsync(db);
            db.Responses.Add(Response("r1", inventory.Touchpoints[0].Id, null, inventory));
            await db.SaveChangesAsync(Ct);
        }

        await Refused(database, d => d.Touchpoints.Remove(d.Touchpoints.Single(t => t.Code == "tp-1")));
        await Refused(database, d => d.Journeys.Remove(d.Journeys.Single()), addJourneyResponse: true);
        await Refused(database, d => d.SurveyScales.Remove(d.SurveyScales.Single(s => s.Code == "nps")));

        await using var read = database.CreateContext();
        (await read.Touchpoints.CountAsync(t => t.Code == "tp-1", Ct)).Should().Be(1);
        (await read.Responses.CountAsync(Ct)).Should().BeGreaterThanOrEqualTo(1);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_unrated_touchpoint_can_be_deleted_and_leaves_its_journeys(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            await TestInventory.AddAsync(db);
            db.Touchpoints.Remove(await db.Touchpoints.SingleAsync(t => t.Code == "tp-2", Ct));
            await db.SaveChangesAsync(Ct);
        }

        await using var read = database.CreateContext();
        var steps = await read.JourneySteps.Include(s => s.Touchpoint).OrderBy(s => s.Position).ToListAsync(Ct);
        steps.Select(s => s.Touchpoint.Code).Should().Equal("tp-1", "tp-3");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Check_constraints_hold_the_domain_rules(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            await TestInventory.AddAsync(db);
        }

        await Refused(database, d => d.Touchpoints.Single(t => t.Code == "tp-1").RelationshipWeight = 1.5);
        await Refused(database, d => d.Touchpoints.Single(t => t.Code == "tp-1").Weight = -1);
        await Refused(database, d => d.OperationalMetrics.Add(new OperationalMetric
        {
            TouchpointId = d.Touchpoints.Single(t => t.Code == "tp-1").Id, Code = "m", Name = "M", Target = 5, Worst = 5,
        }));
        await Refused(database, d => d.SurveyScales.Add(new SurveyScale { Code = "upside-down", Name = "x", Min = 5, Max = 1, SatisfiedMin = 4, TopBoxMin = 5 }));
        await Refused(database, d => d.SurveyScales.Add(new SurveyScale { Code = "bad-lines", Name = "x", Min = 1, Max = 5, SatisfiedMin = 5, TopBoxMin = 4 }));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_response_segment_value_must_belong_to_its_dimension(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var inventory = await TestInventory.AddAsync(db);
        var emea = new SegmentValue { DimensionId = inventory.Region.Id, Value = "EMEA" };
        db.Add(emea);
        await db.SaveChangesAsync(Ct);

        await Refused(database, d =>
        {
            var response = Response("mislabelled", inventory.Touchpoints[0].Id, null, inventory);
            // EMEA is a region, filed here under the product dimension.
            response.Segments.Add(new ResponseSegment { DimensionId = inventory.Product.Id, SegmentValueId = emea.Id });
            d.Responses.Add(response);
        });
    }

    private static Response Response(string id, int? touchpoint, int? journey, TestInventory inventory) => new()
    {
        ExternalId = id, TouchpointId = touchpoint, JourneyId = journey, ScaleId = inventory.Scales["nps"].Id, Score = 7,
        RespondedAt = DateTime.UtcNow, Day = DateOnly.FromDateTime(DateTime.UtcNow),
    };

    /// <summary>The change, made in a fresh context, is rejected by the database on save.</summary>
    private static async Task Refused(TestDatabase database, Action<CxPortalDbContext> change, bool addJourneyResponse = false)
    {
        await using var db = database.CreateContext();
        if (addJourneyResponse)
        {
            var journey = await db.Journeys.SingleAsync(Ct);
            db.Responses.Add(new Response
            {
                ExternalId = $"journey-{Guid.NewGuid():N}", JourneyId = journey.Id, ScaleId = (await db.SurveyScales.FirstAsync(Ct)).Id,
                Score = 1, RespondedAt = DateTime.UtcNow, Day = DateOnly.FromDateTime(DateTime.UtcNow),
            });
            await db.SaveChangesAsync(Ct);
        }
        change(db);
        var save = () => db.SaveChangesAsync(Ct);
        await save.Should().ThrowAsync<DbUpdateException>();
    }
}
