using CxPortal.Data.Accounts;
using CxPortal.Data.Auditing;
using CxPortal.Data.Imports;
using CxPortal.Domain.Journeys;
using CxPortal.Domain.Settings;
using CxPortal.Domain.Surveys;
using CxPortal.Domain.Touchpoints;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Data.Tests;

/// <summary>Every entity is written and read back from a fresh context with every field intact.</summary>
public class RoundTripTests
{
    private static readonly DateTime At = new(2026, 3, 14, 15, 9, 26, 535, DateTimeKind.Utc);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Inventory_and_configuration_round_trip(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            var stage = new Stage { Code = "decision", Name = "Decision", Position = 2 };
            var channel = new Channel { Code = "call-center", Name = "Call center" };
            var touchpoint = new Touchpoint
            {
                Code = "support", Name = "Technical support", Description = "Phone and chat", Stage = stage, Channel = channel,
                Owner = "Support lead", Intentional = false, OperationalPurpose = "Resolve first time",
                RelationshipPurpose = "Effortless", TrackingMode = TrackingMode.Pulsed, Weight = 2.5, RelationshipWeight = 0.7,
                CreatedAt = At, UpdatedAt = At.AddDays(1),
                Metrics =
                [
                    new OperationalMetric
                    {
                        Code = "aht", Name = "Average handle time", Unit = "min", Direction = MetricDirection.LowerIsBetter,
                        Target = 8, Worst = 20,
                        Measurements = [new Measurement { PeriodStart = new(2026, 1, 1), PeriodEnd = new(2026, 1, 31), Value = 11.25 }],
                    },
                ],
            };
            var journey = new Journey
            {
                Code = "onboarding", Name = "Onboarding", Description = "First month", CreatedAt = At, UpdatedAt = At,
                Steps = [new JourneyStep { Position = 0, Touchpoint = touchpoint }],
            };
            var scale = new SurveyScale
            {
                Code = "effort", Name = "Effort", Kind = ScaleKind.Ces, Min = 1, Max = 7, SatisfiedMin = 5, TopBoxMin = 6,
                Labels = [new ScaleLabel { Value = 1, Text = "Very hard" }, new ScaleLabel { Value = 7, Text = "Very easy" }],
            };
            var dimension = new SegmentDimension { Code = "region", Name = "Region", Values = [new SegmentValue { Value = "EMEA" }] };
            db.AddRange(journey, scale, dimension);
            db.ScoringSettings.Add(new ScoringSettings
            {
                CriticalBelow = 3.5, WeakBelow = 5.5, LaggingGap = 1.5, LowSampleBelow = 50, MaskingIndexMin = 7, ConfidenceLevel = 0.9, UpdatedAt = At,
            });
            await db.SaveChangesAsync(Ct);
        }

        await using var read = database.CreateContext();
        var tp = await read.Touchpoints.Include(t => t.Stage).Include(t => t.Channel)
            .Include(t => t.Metrics).ThenInclude(m => m.Measurements).SingleAsync(Ct);
        tp.Should().BeEquivalentTo(new
        {
            Code = "support", Name = "Technical support", Description = "Phone and chat", Owner = "Support lead",
            Intentional = false, OperationalPurpose = "Resolve first time", RelationshipPurpose = "Effortless",
            TrackingMode = TrackingMode.Pulsed, Weight = 2.5, RelationshipWeight = 0.7, CreatedAt = At, UpdatedAt = At.AddDays(1),
        });
        tp.CreatedAt.Kind.Should().Be(DateTimeKind.Utc, "times are stored and read as UTC");
        tp.Stage.Should().BeEquivalentTo(new { Code = "decision", Name = "Decision", Position = 2 });
        tp.Channel.Should().BeEquivalentTo(new { Code = "call-center", Name = "Call center" });
        var metric = tp.Metrics.Should().ContainSingle().Subject;
        metric.Should().BeEquivalentTo(new { Code = "aht", Name = "Average handle time", Unit = "min", Direction = MetricDirection.LowerIsBetter, Target = 8.0, Worst = 20.0 });
        metric.Measurements.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2026, 1, 31), Value = 11.25 });

        var readJourney = await read.Journeys.Include(j => j.Steps).SingleAsync(Ct);
        readJourney.Should().BeEquivalentTo(new { Code = "onboarding", Name = "Onboarding", Description = "First month" });
        readJourney.Steps.Should().ContainSingle().Which.TouchpointId.Should().Be(tp.Id);

        var readScale = await read.SurveyScales.Include(s => s.Labels).SingleAsync(s => s.Code == "effort", Ct);
        readScale.Should().BeEquivalentTo(new { Name = "Effort", Kind = ScaleKind.Ces, Min = 1, Max = 7, SatisfiedMin = 5, TopBoxMin = 6 });
        readScale.Labels.OrderBy(l => l.Value).Select(l => (l.Value, l.Text)).Should().Equal((1, "Very hard"), (7, "Very easy"));

        (await read.SegmentDimensions.Include(d => d.Values).SingleAsync(Ct)).Values.Should().ContainSingle(v => v.Value == "EMEA");
        (await read.ScoringSettings.SingleAsync(Ct)).Should().BeEquivalentTo(new
        {
            Id = 1, CriticalBelow = 3.5, WeakBelow = 5.5, LaggingGap = 1.5, LowSampleBelow = 50, MaskingIndexMin = 7.0, ConfidenceLevel = 0.9,
        });
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Responses_with_segments_round_trip(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int touchpointId, scaleId, dimensionId;
        await using (var db = database.CreateContext())
        {
            var inventory = await TestInventory.AddAsync(db, touchpoints: 1);
            var emea = new SegmentValue { Dimension = inventory.Region, Value = "EMEA" };
            db.Add(emea);
            await db.SaveChangesAsync(Ct);
            (touchpointId, scaleId, dimensionId) = (inventory.Touchpoints[0].Id, inventory.Scales["nps"].Id, inventory.Region.Id);
            db.Responses.Add(new Response
            {
                ExternalId = "r-1", TouchpointId = touchpointId, ScaleId = scaleId, Score = 9, RespondedAt = At,
                Day = DateOnly.FromDateTime(At), RespondentId = "resp-7", Comment = "Great — «quoted» ünïcode", ContentHash = -42,
                Segments = [new ResponseSegment { DimensionId = dimensionId, SegmentValueId = emea.Id }],
            });
            await db.SaveChangesAsync(Ct);
        }

        await using var read = database.CreateContext();
        var response = await read.Responses.Include(r => r.Segments).ThenInclude(s => s.SegmentValue).SingleAsync(Ct);
        response.Should().BeEquivalentTo(new
        {
            ExternalId = "r-1", TouchpointId = (int?)touchpointId, JourneyId = (int?)null, ScaleId = scaleId, Score = 9,
            RespondedAt = At, Day = new DateOnly(2026, 3, 14), RespondentId = "resp-7", Comment = "Great — «quoted» ünïcode",
            ContentHash = -42L,
        });
        response.Segments.Should().ContainSingle().Which.SegmentValue.Value.Should().Be("EMEA");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Accounts_audit_and_import_records_round_trip(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var jobId = Guid.NewGuid();
        await using (var db = database.CreateContext())
        {
            db.Users.Add(new AppUser { UserName = "ann@example.com", Email = "ann@example.com", DisplayName = "Ann", MustChangePassword = true, CreatedAt = At });
            db.ApiKeys.Add(new ApiKey { Name = "CRM", Scope = ApiKeyScopes.Ingest, Prefix = "cxk_abcd", SecretHash = new string('a', 64), CreatedAt = At, LastUsedAt = At });
            db.AuditEntries.Add(new AuditEntry { At = At, Actor = "ann@example.com", Action = "update", EntityType = "touchpoint", EntityKey = "support", Details = "{\"weight\":2}" });
            db.ImportJobs.Add(new ImportJob
            {
                Id = jobId, Kind = "responses", Format = "wide", State = ImportJobState.Running, FileName = "survey.csv", FileSize = 1234,
                SkipInvalid = true, RowsTotal = 10, RowsDone = 5, CreatedAt = At, StartedAt = At,
            });
            db.ImportMappings.Add(new ImportMapping { Name = "Airline survey", Json = "{}", UpdatedAt = At });
            await db.SaveChangesAsync(Ct);
        }

        await using var read = database.CreateContext();
        (await read.Users.SingleAsync(Ct)).Should().BeEquivalentTo(new { Email = "ann@example.com", DisplayName = "Ann", MustChangePassword = true, CreatedAt = At });
        (await read.ApiKeys.SingleAsync(Ct)).Should().BeEquivalentTo(new { Name = "CRM", Scope = "ingest", Prefix = "cxk_abcd", LastUsedAt = (DateTime?)At, RevokedAt = (DateTime?)null });
        (await read.AuditEntries.SingleAsync(Ct)).Should().BeEquivalentTo(new { At, Actor = "ann@example.com", Action = "update", EntityType = "touchpoint", EntityKey = "support" });
        (await read.ImportJobs.SingleAsync(Ct)).Should().BeEquivalentTo(new { Id = jobId, State = ImportJobState.Running, RowsTotal = 10L, RowsDone = 5L, SkipInvalid = true });
        (await read.ImportMappings.SingleAsync(Ct)).Name.Should().Be("Airline survey");
    }
}
