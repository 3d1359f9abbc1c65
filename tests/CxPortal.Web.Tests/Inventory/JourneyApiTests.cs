using System.Net;
using System.Text.Json;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Inventory;

public class JourneyApiTests
{
    private static async Task<CxPortalApp> StartWithTouchpointsAsync(DatabaseProvider provider)
    {
        var app = await CxPortalApp.StartAsync(provider);
        foreach (var code in new[] { "ad", "store", "purchase", "delivery" })
        {
            await app.ClientAs(Roles.SalesLead).Post("/api/touchpoints", TouchpointApiTests.Touchpoint(code, name: code)).Expect(HttpStatusCode.Created);
        }
        return app;
    }

    private static IReadOnlyList<string?> Steps(JsonElement journey) =>
        journey.GetProperty("steps").EnumerateArray().Select(s => s.GetString()).ToList();

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_journey_round_trips_with_its_ordered_steps(DatabaseProvider provider)
    {
        await using var app = await StartWithTouchpointsAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        var reader = app.ClientAs(Roles.CxManager);

        var created = await editor.PostAsync("/api/journeys", System.Net.Http.Json.JsonContent.Create(
            new { code = "launch", name = "Product launch", description = "From news to purchase", steps = new[] { "ad", "store", "purchase" } }),
            ApiJson.Ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        created.Headers.Location!.OriginalString.Should().Be("/api/journeys/launch");
        Steps(await created.Json()).Should().Equal("ad", "store", "purchase");

        var read = await reader.GetJson("/api/journeys/launch");
        read.Str("name").Should().Be("Product launch");
        read.Str("description").Should().Be("From news to purchase");
        (await reader.GetJson("/api/journeys")).Codes().Should().Equal("launch");

        var updated = await editor.Put("/api/journeys/launch",
            new { code = "launch-2027", name = "Launch", steps = new[] { "purchase", "ad", "delivery" } }).Expect(HttpStatusCode.OK);
        Steps(updated).Should().Equal("purchase", "ad", "delivery");
        updated.Str("description").Should().BeEmpty();
        (await reader.GetAsync("/api/journeys/launch", ApiJson.Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        Steps(await reader.GetJson("/api/journeys/launch-2027")).Should().Equal("purchase", "ad", "delivery");
        await using (var db = app.Database.CreateContext())
        {
            (await db.JourneySteps.OrderBy(s => s.Position).Select(s => s.Position).ToListAsync(ApiJson.Ct)).Should().Equal(0, 1, 2);
        }

        await editor.Put("/api/journeys/launch-2027", new { code = "launch-2027", name = "Launch", steps = Array.Empty<string>() })
            .Expect(HttpStatusCode.OK);
        Steps(await reader.GetJson("/api/journeys/launch-2027")).Should().BeEmpty();

        await editor.DeleteAsync("/api/journeys/launch-2027", ApiJson.Ct).Expect(HttpStatusCode.NoContent);
        (await reader.GetJson("/api/journeys")).GetArrayLength().Should().Be(0);
        (await reader.GetJson("/api/touchpoints")).GetArrayLength().Should().Be(4, "deleting a journey keeps its touchpoints");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Steps_must_exist_and_not_repeat_and_codes_must_be_free(DatabaseProvider provider)
    {
        await using var app = await StartWithTouchpointsAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);

        var problem = await editor.Post("/api/journeys",
            new { code = "Launch!", name = " ", steps = new[] { "ad", "ghost", "ad", "", "store", "store" } }).Expect(HttpStatusCode.BadRequest);

        problem.ErrorsOf("code").Should().ContainSingle().Which.Should().StartWith("Code 'Launch!' is not a valid code");
        problem.ErrorsOf("name").Should().Equal("Name is required.");
        problem.ErrorsOf("steps[1]").Should().Equal("Touchpoint 'ghost' does not exist.");
        problem.ErrorsOf("steps[2]").Should().Equal("Touchpoint 'ad' is already step 1; a journey lists each touchpoint once.");
        problem.ErrorsOf("steps[3]").Should().Equal("Step 4 names no touchpoint.");
        problem.ErrorsOf("steps[5]").Should().Equal("Touchpoint 'store' is already step 5; a journey lists each touchpoint once.");
        problem.ErrorFields().Should().BeEquivalentTo("code", "name", "steps[1]", "steps[2]", "steps[3]", "steps[5]");

        await editor.Post("/api/journeys", new { code = "launch", name = "Launch", steps = new[] { "ad" } }).Expect(HttpStatusCode.Created);
        await editor.Post("/api/journeys", new { code = "b2b", name = "B2B", steps = new[] { "ad" } }).Expect(HttpStatusCode.Created);
        (await editor.Post("/api/journeys", new { code = "launch", name = "Again" }).Expect(HttpStatusCode.Conflict))
            .Str("detail").Should().Be("A journey with code 'launch' already exists.");
        (await editor.Put("/api/journeys/b2b", new { code = "launch", name = "B2B" }).Expect(HttpStatusCode.Conflict))
            .Str("detail").Should().Be("A journey with code 'launch' already exists.");
        (await editor.Put("/api/journeys/b2b", new { code = "b2b", name = "B2B", steps = new[] { "ghost" } }).Expect(HttpStatusCode.BadRequest))
            .ErrorsOf("steps[0]").Should().Equal("Touchpoint 'ghost' does not exist.");

        await using var db = app.Database.CreateContext();
        (await db.Journeys.OrderBy(j => j.Code).Select(j => j.Name).ToListAsync(ApiJson.Ct)).Should().Equal("B2B", "Launch");
        (await db.JourneySteps.CountAsync(ApiJson.Ct)).Should().Be(2);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_journey_with_overall_responses_is_not_deleted_and_unknown_codes_answer_404(DatabaseProvider provider)
    {
        await using var app = await StartWithTouchpointsAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        await editor.Post("/api/journeys", new { code = "launch", name = "Launch", steps = new[] { "ad", "store" } }).Expect(HttpStatusCode.Created);
        await TestResponses.WriteOverallAsync(app, "launch", "nps", 10, 2);

        var refused = await editor.DeleteAsync("/api/journeys/launch", ApiJson.Ct).Expect(HttpStatusCode.Conflict);

        refused.Str("detail").Should().Be("Journey 'launch' has 2 overall responses; deleting it would delete survey data.");
        await using (var db = app.Database.CreateContext())
        {
            (await db.Responses.CountAsync(r => r.JourneyId != null, ApiJson.Ct)).Should().Be(2);
            (await db.JourneySteps.CountAsync(ApiJson.Ct)).Should().Be(2);
        }
        (await app.ClientAs(Roles.CxManager).GetAsync("/api/journeys/nope", ApiJson.Ct).Expect(HttpStatusCode.NotFound))
            .Str("detail").Should().Be("Journey 'nope' does not exist.");
        await editor.Put("/api/journeys/nope", new { code = "nope", name = "Nope" }).Expect(HttpStatusCode.NotFound);
        await editor.DeleteAsync("/api/journeys/nope", ApiJson.Ct).Expect(HttpStatusCode.NotFound);
    }
}
