using System.Net;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Inventory;

public class TouchpointApiTests
{
    internal static object Touchpoint(string code, string name = "Store visit", string stage = "decision", string channel = "store",
        double weight = 2, double relationshipWeight = 0.7, string trackingMode = "periodic", string owner = "Retail",
        bool intentional = true, string description = "Customer visits a store") =>
        new
        {
            code, name, description, stage, channel, owner, intentional,
            operationalPurpose = "Conversion", relationshipPurpose = "Feel welcome", trackingMode, weight, relationshipWeight,
        };

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_touchpoint_round_trips_through_create_read_update_and_delete(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        var reader = app.ClientAs(Roles.CxManager);

        var created = await editor.PostAsync("/api/touchpoints", Json(Touchpoint("store-visit")), ApiJson.Ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        created.Headers.Location!.OriginalString.Should().Be("/api/touchpoints/store-visit");
        var body = await created.Json();
        body.Str("code").Should().Be("store-visit");
        body.Str("stage").Should().Be("decision");
        body.Str("stageName").Should().Be("Decision");
        body.Str("channel").Should().Be("store");
        body.Str("trackingMode").Should().Be("periodic");
        body.GetProperty("weight").GetDouble().Should().Be(2);
        body.GetProperty("relationshipWeight").GetDouble().Should().Be(0.7);
        body.GetProperty("intentional").GetBoolean().Should().BeTrue();

        var read = await reader.GetJson("/api/touchpoints/store-visit");
        read.Str("name").Should().Be("Store visit");
        read.Str("owner").Should().Be("Retail");
        read.Str("description").Should().Be("Customer visits a store");
        read.Str("operationalPurpose").Should().Be("Conversion");
        read.Str("relationshipPurpose").Should().Be("Feel welcome");
        (await reader.GetJson("/api/touchpoints")).Codes().Should().Equal("store-visit");

        var updated = await editor.Put("/api/touchpoints/store-visit",
            Touchpoint("store-visit", name: "Flagship store visit", stage: "consideration", channel: "web", weight: 0.5,
                relationshipWeight: 1, trackingMode: "pulsed", intentional: false)).Expect(HttpStatusCode.OK);
        updated.Str("name").Should().Be("Flagship store visit");
        updated.Str("stage").Should().Be("consideration");
        updated.Str("channel").Should().Be("web");
        updated.Str("trackingMode").Should().Be("pulsed");
        updated.GetProperty("intentional").GetBoolean().Should().BeFalse();
        (await reader.GetJson("/api/touchpoints/store-visit")).GetProperty("weight").GetDouble().Should().Be(0.5);

        // The URL names the old code, the body the new one.
        await editor.Put("/api/touchpoints/store-visit", Touchpoint("flagship-visit")).Expect(HttpStatusCode.OK);
        (await reader.GetAsync("/api/touchpoints/store-visit", ApiJson.Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await reader.GetJson("/api/touchpoints/flagship-visit")).Str("name").Should().Be("Store visit");

        (await editor.DeleteAsync("/api/touchpoints/flagship-visit", ApiJson.Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await reader.GetAsync("/api/touchpoints/flagship-visit", ApiJson.Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await reader.GetJson("/api/touchpoints")).GetArrayLength().Should().Be(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Omitted_optional_fields_take_the_domain_defaults(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);

        var body = await app.ClientAs(Roles.SalesLead)
            .Post("/api/touchpoints", new { code = "invoice", name = "  Invoice  ", stage = "retention", channel = "email" })
            .Expect(HttpStatusCode.Created);

        body.Str("name").Should().Be("Invoice");
        body.Str("description").Should().BeEmpty();
        body.Str("owner").Should().BeEmpty();
        body.GetProperty("intentional").GetBoolean().Should().BeTrue();
        body.Str("trackingMode").Should().Be("persistent");
        body.GetProperty("weight").GetDouble().Should().Be(1);
        body.GetProperty("relationshipWeight").GetDouble().Should().Be(0.5);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_field_rule_answers_400_with_its_message_and_stores_nothing(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);

        var problem = await editor.Post("/api/touchpoints", new
        {
            code = "Store Visit", name = "", stage = "nowhere", channel = "moon", trackingMode = "sometimes", weight = -1,
            relationshipWeight = 1.5, description = new string('d', 2001), owner = new string('o', 201),
            operationalPurpose = new string('p', 2001), relationshipPurpose = new string('r', 2001),
        }).Expect(HttpStatusCode.BadRequest);

        problem.ErrorsOf("code").Should().Equal(
            "Code 'Store Visit' is not a valid code: use 1–64 lowercase letters, digits and single hyphens between them (e.g. 'store-visit').");
        problem.ErrorsOf("name").Should().Equal("Name is required.");
        problem.ErrorsOf("stage").Should().Equal("Stage 'nowhere' does not exist. Known stages: awareness, consideration, decision, retention.");
        problem.ErrorsOf("channel").Should().ContainSingle().Which.Should()
            .StartWith("Channel 'moon' does not exist. Known channels: ").And.Contain("call-center").And.Contain("web");
        problem.ErrorsOf("trackingMode").Should().Equal("Tracking mode 'sometimes' is not one of persistent, periodic, pulsed.");
        problem.ErrorsOf("weight").Should().Equal("Weight must be a number of 0 or more.");
        problem.ErrorsOf("relationshipWeight").Should().Equal("Relationship weight must be between 0 and 1.");
        problem.ErrorsOf("description").Should().Equal("Description must be at most 2000 characters.");
        problem.ErrorsOf("owner").Should().Equal("Owner must be at most 200 characters.");
        problem.ErrorsOf("operationalPurpose").Should().Equal("Operational purpose must be at most 2000 characters.");
        problem.ErrorsOf("relationshipPurpose").Should().Equal("Relationship purpose must be at most 2000 characters.");

        var missing = await editor.Post("/api/touchpoints", new { }).Expect(HttpStatusCode.BadRequest);
        missing.ErrorsOf("code").Should().Equal("Code is required.");
        missing.ErrorsOf("name").Should().Equal("Name is required.");
        missing.ErrorsOf("stage").Should().Equal("Stage is required.");
        missing.ErrorsOf("channel").Should().Equal("Channel is required.");

        var tooLong = await editor.Post("/api/touchpoints",
            new { code = new string('a', 65), name = new string('n', 201), stage = "decision", channel = "web" }).Expect(HttpStatusCode.BadRequest);
        tooLong.ErrorsOf("code").Should().ContainSingle().Which.Should().Contain("is not a valid code");
        tooLong.ErrorsOf("name").Should().Equal("Name must be at most 200 characters.");
        tooLong.ErrorFields().Should().BeEquivalentTo("code", "name");

        foreach (var bad in new[] { "-store", "store-", "store--visit", "store_visit", "störe" })
        {
            (await editor.Post("/api/touchpoints", new { code = bad, name = "x", stage = "decision", channel = "web" })
                .Expect(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal(["code"], bad);
        }
        // The edges of the numeric ranges are valid.
        await editor.Post("/api/touchpoints", Touchpoint("edge-low", weight: 0, relationshipWeight: 0)).Expect(HttpStatusCode.Created);
        await editor.Post("/api/touchpoints", Touchpoint(new string('a', 64), relationshipWeight: 1)).Expect(HttpStatusCode.Created);

        await using var db = app.Database.CreateContext();
        (await db.Touchpoints.Select(t => t.Code).OrderBy(c => c).ToListAsync(ApiJson.Ct)).Should().Equal(new string('a', 64), "edge-low");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_taken_code_is_refused_with_409_naming_it_on_create_and_on_rename(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        await editor.Post("/api/touchpoints", Touchpoint("store-visit")).Expect(HttpStatusCode.Created);
        await editor.Post("/api/touchpoints", Touchpoint("web-shop", name: "Web shop")).Expect(HttpStatusCode.Created);

        var again = await editor.Post("/api/touchpoints", Touchpoint("store-visit", name: "Other")).Expect(HttpStatusCode.Conflict);
        var rename = await editor.Put("/api/touchpoints/web-shop", Touchpoint("store-visit")).Expect(HttpStatusCode.Conflict);

        again.Str("detail").Should().Be("A touchpoint with code 'store-visit' already exists.");
        again.ErrorsOf("code").Should().Equal("A touchpoint with code 'store-visit' already exists.");
        rename.Str("detail").Should().Be("A touchpoint with code 'store-visit' already exists.");
        var reader = app.ClientAs(Roles.CxManager);
        (await reader.GetJson("/api/touchpoints/store-visit")).Str("name").Should().Be("Store visit");
        (await reader.GetJson("/api/touchpoints/web-shop")).Str("name").Should().Be("Web shop");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Unknown_codes_answer_404(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);

        var get = await app.ClientAs(Roles.CxManager).GetAsync("/api/touchpoints/nope", ApiJson.Ct).Expect(HttpStatusCode.NotFound);
        var put = await editor.Put("/api/touchpoints/nope", Touchpoint("nope")).Expect(HttpStatusCode.NotFound);
        var delete = await editor.DeleteAsync("/api/touchpoints/nope", ApiJson.Ct).Expect(HttpStatusCode.NotFound);

        get.Str("detail").Should().Be("Touchpoint 'nope' does not exist.");
        put.Str("detail").Should().Be("Touchpoint 'nope' does not exist.");
        delete.Str("detail").Should().Be("Touchpoint 'nope' does not exist.");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Deleting_a_touchpoint_takes_it_out_of_its_journeys_and_closes_the_gap(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        foreach (var code in new[] { "ad", "store", "purchase" })
        {
            await editor.Post("/api/touchpoints", Touchpoint(code, name: code)).Expect(HttpStatusCode.Created);
        }
        await editor.Post("/api/journeys", new { code = "launch", name = "Launch", steps = new[] { "ad", "store", "purchase" } })
            .Expect(HttpStatusCode.Created);

        await editor.DeleteAsync("/api/touchpoints/store", ApiJson.Ct).Expect(HttpStatusCode.NoContent);

        (await app.ClientAs(Roles.CxManager).GetJson("/api/journeys/launch")).GetProperty("steps").EnumerateArray()
            .Select(s => s.GetString()).Should().Equal("ad", "purchase");
        await using var db = app.Database.CreateContext();
        (await db.JourneySteps.OrderBy(s => s.Position).Select(s => s.Position).ToListAsync(ApiJson.Ct)).Should().Equal(0, 1);
    }

    private static StringContent Json(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
