using System.Net;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Domain.Touchpoints;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Inventory;

public class MetricApiTests
{
    private static async Task<CxPortalApp> StartAsync(DatabaseProvider provider)
    {
        var app = await CxPortalApp.StartAsync(provider);
        await app.ClientAs(Roles.SalesLead).Post("/api/touchpoints", TouchpointApiTests.Touchpoint("call-center", channel: "call-center"))
            .Expect(HttpStatusCode.Created);
        return app;
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_metric_round_trips_with_the_contract_words_for_its_direction(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        var reader = app.ClientAs(Roles.CxManager);

        var created = await editor.PostAsync("/api/touchpoints/call-center/metrics", System.Net.Http.Json.JsonContent.Create(
            new { code = "handle-time", name = "Average handle time", unit = "min", direction = "lower", target = 4, worst = 12 }), ApiJson.Ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        created.Headers.Location!.OriginalString.Should().Be("/api/touchpoints/call-center/metrics/handle-time");
        var body = await created.Json();
        body.Str("direction").Should().Be("lower");
        body.GetProperty("target").GetDouble().Should().Be(4);
        body.GetProperty("worst").GetDouble().Should().Be(12);
        body.GetProperty("measurements").GetInt32().Should().Be(0);
        await using (var db = app.Database.CreateContext())
        {
            (await db.OperationalMetrics.SingleAsync(ApiJson.Ct)).Direction.Should().Be(MetricDirection.LowerIsBetter);
        }

        await editor.Post("/api/touchpoints/call-center/metrics",
            new { code = "fcr", name = "First-contact resolution", unit = "%", direction = "higher", target = 80, worst = 40 })
            .Expect(HttpStatusCode.Created);
        var list = await reader.GetJson("/api/touchpoints/call-center/metrics");
        list.Codes().Should().Equal("handle-time", "fcr");
        list[1].Str("direction").Should().Be("higher");
        (await reader.GetJson("/api/touchpoints/call-center")).GetProperty("metrics").GetInt32().Should().Be(2);

        var updated = await editor.Put("/api/touchpoints/call-center/metrics/fcr",
            new { code = "first-contact", name = "FCR", unit = "%", direction = "higher", target = 85, worst = 50 }).Expect(HttpStatusCode.OK);
        updated.Str("code").Should().Be("first-contact");
        updated.GetProperty("target").GetDouble().Should().Be(85);
        (await reader.GetAsync("/api/touchpoints/call-center/metrics/fcr", ApiJson.Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await reader.GetJson("/api/touchpoints/call-center/metrics/first-contact")).Str("name").Should().Be("FCR");

        await editor.DeleteAsync("/api/touchpoints/call-center/metrics/first-contact", ApiJson.Ct).Expect(HttpStatusCode.NoContent);
        (await reader.GetJson("/api/touchpoints/call-center/metrics")).Codes().Should().Equal("handle-time");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Metric_rules_use_the_domain_check_of_target_worst_and_direction(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        const string path = "/api/touchpoints/call-center/metrics";

        var equal = await editor.Post(path, new { code = "m", name = "M", direction = "higher", target = 5, worst = 5 }).Expect(HttpStatusCode.BadRequest);
        var higherBackwards = await editor.Post(path, new { code = "m", name = "M", direction = "higher", target = 1, worst = 5 }).Expect(HttpStatusCode.BadRequest);
        var lowerBackwards = await editor.Post(path, new { code = "m", name = "M", direction = "lower", target = 9, worst = 5 }).Expect(HttpStatusCode.BadRequest);
        var fields = await editor.Post(path, new { code = "M!", name = "", direction = "up", unit = new string('u', 33) }).Expect(HttpStatusCode.BadRequest);

        equal.ErrorsOf("target").Should().Equal("Target and worst must differ: attainment runs from worst (0) to target (10).");
        higherBackwards.ErrorsOf("target").Should().Equal("For a higher-is-better metric the target must be greater than the worst value.");
        lowerBackwards.ErrorsOf("target").Should().Equal("For a lower-is-better metric the target must be less than the worst value.");
        fields.ErrorsOf("code").Should().ContainSingle().Which.Should().StartWith("Code 'M!' is not a valid code");
        fields.ErrorsOf("name").Should().Equal("Name is required.");
        fields.ErrorsOf("direction").Should().Equal("Direction 'up' is not one of higher, lower.");
        fields.ErrorsOf("unit").Should().Equal("Unit must be at most 32 characters.");
        fields.ErrorsOf("target").Should().Equal("Target is required.");
        fields.ErrorsOf("worst").Should().Equal("Worst is required.");

        await editor.Post(path, new { code = "m", name = "M", direction = "lower", target = 2, worst = 5 }).Expect(HttpStatusCode.Created);
        var taken = await editor.Post(path, new { code = "m", name = "Again", direction = "lower", target = 2, worst = 5 }).Expect(HttpStatusCode.Conflict);
        taken.Str("detail").Should().Be("Touchpoint 'call-center' already has a metric with code 'm'.");
        var badUpdate = await editor.Put(path + "/m", new { code = "m", name = "M", direction = "higher", target = 2, worst = 5 }).Expect(HttpStatusCode.BadRequest);
        badUpdate.ErrorsOf("target").Should().Equal("For a higher-is-better metric the target must be greater than the worst value.");

        // The same code on another touchpoint is fine: metric codes are unique per touchpoint.
        await editor.Post("/api/touchpoints", TouchpointApiTests.Touchpoint("web-chat", channel: "web")).Expect(HttpStatusCode.Created);
        await editor.Post("/api/touchpoints/web-chat/metrics", new { code = "m", name = "M", direction = "lower", target = 2, worst = 5 })
            .Expect(HttpStatusCode.Created);
        await using var db = app.Database.CreateContext();
        (await db.OperationalMetrics.CountAsync(ApiJson.Ct)).Should().Be(2);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Unknown_touchpoints_and_metrics_answer_404_and_a_measured_metric_is_not_deleted(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        var reader = app.ClientAs(Roles.CxManager);
        var metric = new { code = "fcr", name = "FCR", direction = "higher", target = 80, worst = 40 };

        (await reader.GetAsync("/api/touchpoints/nope/metrics", ApiJson.Ct).Expect(HttpStatusCode.NotFound)).Str("detail")
            .Should().Be("Touchpoint 'nope' does not exist.");
        await editor.Post("/api/touchpoints/nope/metrics", metric).Expect(HttpStatusCode.NotFound);
        (await editor.Put("/api/touchpoints/call-center/metrics/nope", metric).Expect(HttpStatusCode.NotFound)).Str("detail")
            .Should().Be("Metric 'call-center/nope' does not exist.");
        await editor.DeleteAsync("/api/touchpoints/call-center/metrics/nope", ApiJson.Ct).Expect(HttpStatusCode.NotFound);

        await editor.Post("/api/touchpoints/call-center/metrics", metric).Expect(HttpStatusCode.Created);
        await using (var db = app.Database.CreateContext())
        {
            var id = await db.OperationalMetrics.Select(m => m.Id).SingleAsync(ApiJson.Ct);
            db.Measurements.AddRange(
                new Measurement { MetricId = id, PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2026, 1, 31), Value = 70 },
                new Measurement { MetricId = id, PeriodStart = new DateOnly(2026, 2, 1), PeriodEnd = new DateOnly(2026, 2, 28), Value = 75 });
            await db.SaveChangesAsync(ApiJson.Ct);
        }
        var refused = await editor.DeleteAsync("/api/touchpoints/call-center/metrics/fcr", ApiJson.Ct).Expect(HttpStatusCode.Conflict);

        refused.Str("detail").Should().Be("Metric 'fcr' of touchpoint 'call-center' has 2 measurements; deleting it would delete operational data.");
        (await reader.GetJson("/api/touchpoints/call-center/metrics/fcr")).GetProperty("measurements").GetInt32().Should().Be(2);
        // Target and worst may still change: attainment is computed at read time from the stored values.
        (await editor.Put("/api/touchpoints/call-center/metrics/fcr",
                new { code = "fcr", name = "FCR", direction = "higher", target = 90, worst = 40 }).Expect(HttpStatusCode.OK))
            .GetProperty("target").GetDouble().Should().Be(90);
    }
}
