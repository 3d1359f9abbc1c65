using System.Net;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Domain.Surveys;
using CxPortal.Domain.Touchpoints;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Inventory;

public class TouchpointDeleteTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_touchpoint_with_responses_is_not_deleted_and_its_data_stays_intact(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        await editor.Post("/api/touchpoints", TouchpointApiTests.Touchpoint("store-visit")).Expect(HttpStatusCode.Created);
        await editor.Post("/api/journeys", new { code = "launch", name = "Launch", steps = new[] { "store-visit" } })
            .Expect(HttpStatusCode.Created);
        var scores = Enumerable.Range(0, 1234).Select(i => 1 + i % 5).ToArray();
        await TestResponses.WriteAsync(app, "store-visit", "csat5", scores);

        var problem = await editor.DeleteAsync("/api/touchpoints/store-visit", ApiJson.Ct).Expect(HttpStatusCode.Conflict);

        problem.Str("detail").Should().Be(
            "Touchpoint 'store-visit' has 1,234 responses; deleting it would delete survey data. " +
            "Take it out of its journeys instead, or keep it.");
        await using var db = app.Database.CreateContext();
        var touchpointId = await db.Touchpoints.Where(t => t.Code == "store-visit").Select(t => t.Id).SingleAsync(ApiJson.Ct);
        (await db.Responses.CountAsync(r => r.TouchpointId == touchpointId, ApiJson.Ct)).Should().Be(1234);
        (await db.ScoreCounts.Where(c => c.SubjectKind == SubjectKind.Touchpoint && c.SubjectId == touchpointId)
            .SumAsync(c => c.Count, ApiJson.Ct)).Should().Be(1234);
        (await db.JourneySteps.CountAsync(s => s.TouchpointId == touchpointId, ApiJson.Ct)).Should().Be(1);
        (await db.AuditEntries.CountAsync(e => e.Action == "delete", ApiJson.Ct)).Should().Be(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_touchpoint_with_measurements_or_both_kinds_of_data_is_not_deleted(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        await editor.Post("/api/touchpoints", TouchpointApiTests.Touchpoint("delivery")).Expect(HttpStatusCode.Created);
        await editor.Post("/api/touchpoints/delivery/metrics",
            new { code = "on-time", name = "On time", unit = "%", direction = "higher", target = 95, worst = 60 }).Expect(HttpStatusCode.Created);
        await using (var db = app.Database.CreateContext())
        {
            var metric = await db.OperationalMetrics.SingleAsync(ApiJson.Ct);
            db.Measurements.Add(new Measurement { MetricId = metric.Id, PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2026, 1, 31), Value = 90 });
            await db.SaveChangesAsync(ApiJson.Ct);
        }

        var onlyMeasurements = await editor.DeleteAsync("/api/touchpoints/delivery", ApiJson.Ct).Expect(HttpStatusCode.Conflict);
        await TestResponses.WriteAsync(app, "delivery", "nps", 9);
        var both = await editor.DeleteAsync("/api/touchpoints/delivery", ApiJson.Ct).Expect(HttpStatusCode.Conflict);

        onlyMeasurements.Str("detail").Should().StartWith(
            "Touchpoint 'delivery' has 1 measurement; deleting it would delete operational data.");
        both.Str("detail").Should().StartWith(
            "Touchpoint 'delivery' has 1 response and 1 measurement; deleting it would delete survey data and operational data.");
        await using var check = app.Database.CreateContext();
        (await check.Measurements.CountAsync(ApiJson.Ct)).Should().Be(1);
        (await check.OperationalMetrics.CountAsync(ApiJson.Ct)).Should().Be(1);
        (await check.Responses.CountAsync(ApiJson.Ct)).Should().Be(1);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_touchpoint_whose_metrics_have_no_measurements_is_deleted_with_them(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        await editor.Post("/api/touchpoints", TouchpointApiTests.Touchpoint("delivery")).Expect(HttpStatusCode.Created);
        await editor.Post("/api/touchpoints/delivery/metrics",
            new { code = "on-time", name = "On time", direction = "higher", target = 95, worst = 60 }).Expect(HttpStatusCode.Created);
        await editor.Post("/api/touchpoints", TouchpointApiTests.Touchpoint("other")).Expect(HttpStatusCode.Created);
        await TestResponses.WriteAsync(app, "other", "nps", 9, 3);

        await editor.DeleteAsync("/api/touchpoints/delivery", ApiJson.Ct).Expect(HttpStatusCode.NoContent);

        await using var db = app.Database.CreateContext();
        (await db.Touchpoints.Select(t => t.Code).ToListAsync(ApiJson.Ct)).Should().Equal("other");
        (await db.OperationalMetrics.CountAsync(ApiJson.Ct)).Should().Be(0);
        (await db.Responses.CountAsync(ApiJson.Ct)).Should().Be(2, "another touchpoint's responses are not touched");
    }
}
