using System.Net;
using System.Text.Json;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Inventory;

public class AuditApiTests
{
    private sealed record Entry(string Actor, string Action, string EntityType, string EntityKey, JsonElement Details);

    private static List<Entry> Entries(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(e => new Entry(
            e.Str("actor"), e.Str("action"), e.Str("entityType"), e.Str("entityKey"), e.GetProperty("details"))).ToList();

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_change_is_audited_with_actor_and_details_newest_first(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        var admin = app.ClientAs(Roles.Admin);
        var lead = TestActors.NameFor(Roles.SalesLead);
        var adminName = TestActors.NameFor(Roles.Admin);

        await editor.Post("/api/touchpoints", TouchpointApiTests.Touchpoint("store-visit")).Expect(HttpStatusCode.Created);
        await editor.Put("/api/touchpoints/store-visit", TouchpointApiTests.Touchpoint("store-visit", name: "Store", weight: 3)).Expect(HttpStatusCode.OK);
        await editor.Put("/api/touchpoints/store-visit", TouchpointApiTests.Touchpoint("store-visit", name: "Store", weight: 3)).Expect(HttpStatusCode.OK);
        await editor.Post("/api/touchpoints/store-visit/metrics", new { code = "conv", name = "Conversion", direction = "higher", target = 30, worst = 5 })
            .Expect(HttpStatusCode.Created);
        await editor.Post("/api/journeys", new { code = "launch", name = "Launch", steps = new[] { "store-visit" } }).Expect(HttpStatusCode.Created);
        await editor.Put("/api/journeys/launch", new { code = "launch", name = "Launch", steps = Array.Empty<string>() }).Expect(HttpStatusCode.OK);
        await editor.DeleteAsync("/api/journeys/launch", ApiJson.Ct).Expect(HttpStatusCode.NoContent);
        await editor.DeleteAsync("/api/touchpoints/store-visit/metrics/conv", ApiJson.Ct).Expect(HttpStatusCode.NoContent);
        await editor.DeleteAsync("/api/touchpoints/store-visit", ApiJson.Ct).Expect(HttpStatusCode.NoContent);
        await admin.Put("/api/scales/csat5", new
        {
            code = "csat5", name = "Satisfaction (1–5)", kind = "csat", min = 1, max = 5, satisfiedMin = 3, topBoxMin = 5,
            labels = new Dictionary<string, string> { ["1"] = "Very dissatisfied", ["5"] = "Very satisfied" },
        }).Expect(HttpStatusCode.OK);
        await admin.Post("/api/scales", new { code = "yes-no", name = "Yes/no", kind = "csat", min = 0, max = 1, satisfiedMin = 1, topBoxMin = 1 })
            .Expect(HttpStatusCode.Created);
        await admin.Put("/api/settings", new { criticalBelow = 3.0, weakBelow = 6.0, laggingGap = 2.0, lowSampleBelow = 30, maskingIndexMin = 6.0, confidenceLevel = 0.9 })
            .Expect(HttpStatusCode.OK);
        await admin.Put("/api/stages", new[]
        {
            new { code = "awareness", name = "Discover" }, new { code = "consideration", name = "Consideration" },
            new { code = "decision", name = "Decision" }, new { code = "loyalty", name = "Loyalty" },
        }).Expect(HttpStatusCode.OK);
        await admin.Put("/api/channels", new[] { new { code = "web", name = "Web" } }).Expect(HttpStatusCode.OK);
        await admin.Put("/api/segment-dimensions", new[] { new { code = "region", name = "Region" } }).Expect(HttpStatusCode.OK);
        await TouchpointCsvTests.ImportAsync(editor,
            "code,name,description,stage,channel,owner,intentional,operationalPurpose,relationshipPurpose,trackingMode,weight,relationshipWeight\n" +
            "web-shop,Web shop,,decision,web,,,,,,,\n", fileName: "inventory-2026.csv").Expect(HttpStatusCode.OK);

        var page = await admin.GetJson("/api/audit?pageSize=100");
        var entries = Entries(page);

        entries.Select(e => (e.Action, e.EntityType, e.EntityKey)).Should().Equal(
            ("import", "touchpoint-import", "inventory-2026.csv"),
            ("create", "touchpoint", "web-shop"),
            ("replace", "segment-dimensions", "segment-dimensions"),
            ("replace", "channels", "channels"),
            ("replace", "stages", "stages"),
            ("update", "settings", "scoring"),
            ("create", "scale", "yes-no"),
            ("update", "scale", "csat5"),
            ("delete", "touchpoint", "store-visit"),
            ("delete", "metric", "store-visit/conv"),
            ("delete", "journey", "launch"),
            ("update", "journey", "launch"),
            ("create", "journey", "launch"),
            ("create", "metric", "store-visit/conv"),
            ("update", "touchpoint", "store-visit"),
            ("create", "touchpoint", "store-visit"));
        page.GetProperty("total").GetInt32().Should().Be(16, "saving the same touchpoint twice records one update");
        entries.Where(e => e.EntityType is "touchpoint" or "metric" or "journey" or "touchpoint-import").Select(e => e.Actor)
            .Should().AllBe(lead);
        entries.Where(e => e.EntityType is "scale" or "settings" or "stages" or "channels" or "segment-dimensions").Select(e => e.Actor)
            .Should().AllBe(adminName);

        var touchpointUpdate = entries.Single(e => e is { Action: "update", EntityType: "touchpoint" }).Details;
        touchpointUpdate.GetProperty("name").Str("from").Should().Be("Store visit");
        touchpointUpdate.GetProperty("name").Str("to").Should().Be("Store");
        touchpointUpdate.GetProperty("weight").GetProperty("from").GetDouble().Should().Be(2);
        touchpointUpdate.GetProperty("weight").GetProperty("to").GetDouble().Should().Be(3);
        touchpointUpdate.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("name", "weight");
        var created = entries.Last().Details;
        created.Str("stage").Should().Be("decision");
        created.Str("trackingMode").Should().Be("periodic");
        entries.Single(e => e is { Action: "delete", EntityType: "touchpoint" }).Details.GetProperty("removedFromJourneys")
            .GetArrayLength().Should().Be(0);
        var journeyUpdate = entries.Single(e => e is { Action: "update", EntityType: "journey" }).Details;
        journeyUpdate.GetProperty("steps").GetProperty("from").EnumerateArray().Select(s => s.GetString()).Should().Equal("store-visit");
        journeyUpdate.GetProperty("steps").GetProperty("to").GetArrayLength().Should().Be(0);
        var scale = entries.Single(e => e is { Action: "update", EntityType: "scale" }).Details;
        scale.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("satisfiedMin", "labels");
        scale.GetProperty("satisfiedMin").GetProperty("to").GetInt32().Should().Be(3);
        var settings = entries.Single(e => e.EntityType == "settings").Details;
        settings.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("criticalBelow", "confidenceLevel");
        settings.GetProperty("confidenceLevel").GetProperty("from").GetDouble().Should().Be(0.95);
        var stages = entries.Single(e => e.EntityType == "stages").Details;
        stages.GetProperty("added").EnumerateArray().Select(s => s.GetString()).Should().Equal("loyalty");
        stages.GetProperty("removed").EnumerateArray().Select(s => s.GetString()).Should().Equal("retention");
        stages.GetProperty("renamed").GetProperty("awareness").Str("to").Should().Be("Discover");
        entries.Single(e => e.EntityType == "channels").Details.GetProperty("removed").GetArrayLength().Should().Be(9);
        var import = entries.First().Details;
        import.GetProperty("rows").GetInt32().Should().Be(1);
        import.GetProperty("created").EnumerateArray().Select(s => s.GetString()).Should().Equal("web-shop");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Refused_changes_write_no_audit_entry(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        await editor.Post("/api/touchpoints", TouchpointApiTests.Touchpoint("store-visit")).Expect(HttpStatusCode.Created);
        await TestResponses.WriteAsync(app, "store-visit", "csat5", 4);

        await editor.Post("/api/touchpoints", TouchpointApiTests.Touchpoint("store-visit")).Expect(HttpStatusCode.Conflict);
        await editor.Post("/api/touchpoints", TouchpointApiTests.Touchpoint("x", stage: "nowhere")).Expect(HttpStatusCode.BadRequest);
        await editor.DeleteAsync("/api/touchpoints/store-visit", ApiJson.Ct).Expect(HttpStatusCode.Conflict);
        await app.ClientAs(Roles.Admin).Put("/api/scales/csat5", new
        {
            code = "csat5", name = "x", kind = "csat", min = 1, max = 7, satisfiedMin = 4, topBoxMin = 5,
        }).Expect(HttpStatusCode.Conflict);
        await app.ClientAs(Roles.Admin).Put("/api/stages", new[] { new { code = "awareness", name = "Awareness" } }).Expect(HttpStatusCode.Conflict);

        await using var db = app.Database.CreateContext();
        (await db.AuditEntries.Select(e => e.Action + " " + e.EntityKey).ToListAsync(ApiJson.Ct)).Should().Equal("create store-visit");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_audit_log_filters_by_type_actor_and_time_and_pages(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        var admin = app.ClientAs(Roles.Admin);
        foreach (var code in new[] { "a", "b", "c", "d", "e" })
        {
            await editor.Post("/api/touchpoints", TouchpointApiTests.Touchpoint(code)).Expect(HttpStatusCode.Created);
        }
        await editor.Post("/api/journeys", new { code = "j", name = "J", steps = new[] { "a" } }).Expect(HttpStatusCode.Created);
        await using (var db = app.Database.CreateContext())
        {
            // An entry from last year, to filter by time.
            Data.Auditing.AuditLog.Record(db, "someone-else", "update", "settings", "scoring", null, new DateTime(2025, 6, 1, 12, 0, 0, DateTimeKind.Utc));
            await db.SaveChangesAsync(ApiJson.Ct);
        }
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");

        var touchpoints = await admin.GetJson("/api/audit?entityType=touchpoint");
        var second = await admin.GetJson("/api/audit?entityType=touchpoint&pageSize=2&page=2");
        var byActor = await admin.GetJson("/api/audit?actor=someone-else");
        var old = await admin.GetJson("/api/audit?to=2025-06-01");
        var window = await admin.GetJson("/api/audit?from=2025-05-31&to=2025-06-01T12:00:00Z");
        var recent = await admin.GetJson($"/api/audit?from={today}");
        var badPage = await admin.GetAsync("/api/audit?page=0&pageSize=1000", ApiJson.Ct).Expect(HttpStatusCode.BadRequest);
        var badDate = await admin.GetAsync("/api/audit?from=yesterday&to=2020-01-01", ApiJson.Ct).Expect(HttpStatusCode.BadRequest);
        var crossed = await admin.GetAsync("/api/audit?from=2026-02-01&to=2026-01-01", ApiJson.Ct).Expect(HttpStatusCode.BadRequest);

        Entries(touchpoints).Select(e => e.EntityKey).Should().Equal("e", "d", "c", "b", "a");
        touchpoints.GetProperty("total").GetInt32().Should().Be(5);
        Entries(second).Select(e => e.EntityKey).Should().Equal("c", "b");
        second.GetProperty("page").GetInt32().Should().Be(2);
        second.GetProperty("pageSize").GetInt32().Should().Be(2);
        second.GetProperty("total").GetInt32().Should().Be(5);
        Entries(byActor).Select(e => e.EntityKey).Should().Equal("scoring");
        Entries(old).Select(e => e.Actor).Should().Equal("someone-else");
        Entries(window).Select(e => e.Actor).Should().Equal("someone-else");
        recent.GetProperty("total").GetInt32().Should().Be(6);
        badPage.ErrorsOf("page").Should().Equal("Page counts from 1.");
        badPage.ErrorsOf("pageSize").Should().Equal("Page size must be between 1 and 500.");
        badDate.ErrorsOf("from").Should().Equal("'yesterday' is neither a day (yyyy-MM-dd) nor an ISO 8601 instant.");
        crossed.ErrorsOf("to").Should().Equal("'to' must not be before 'from'.");
    }
}
