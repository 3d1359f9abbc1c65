using System.Net;
using System.Text.Json;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Domain.Surveys;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Inventory;

public class ScaleApiTests
{
    private static object Scale(string code = "ease5", string kind = "rating", int min = 1, int max = 5, int satisfiedMin = 4,
        int topBoxMin = 5, Dictionary<string, string>? labels = null, string name = "Ease (1–5)") =>
        new { code, name, kind, min, max, satisfiedMin, topBoxMin, labels = labels ?? new Dictionary<string, string> { ["1"] = "Very hard", ["5"] = "Very easy" } };

    private static Dictionary<string, string?> Labels(JsonElement scale) =>
        scale.GetProperty("labels").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_scale_round_trips_and_an_unused_one_may_change_its_range(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var admin = app.ClientAs(Roles.Admin);
        var reader = app.ClientAs(Roles.CxManager);

        var created = await admin.PostAsync("/api/scales", System.Net.Http.Json.JsonContent.Create(Scale()), ApiJson.Ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        created.Headers.Location!.OriginalString.Should().Be("/api/scales/ease5");

        var list = await reader.GetJson("/api/scales");
        list.Codes().Should().Equal("ces7", "csat10", "csat5", "ease5", "nps");
        var read = await reader.GetJson("/api/scales/ease5");
        read.Str("kind").Should().Be("rating");
        read.GetProperty("min").GetInt32().Should().Be(1);
        read.GetProperty("max").GetInt32().Should().Be(5);
        read.GetProperty("satisfiedMin").GetInt32().Should().Be(4);
        read.GetProperty("topBoxMin").GetInt32().Should().Be(5);
        read.GetProperty("inUse").GetBoolean().Should().BeFalse();
        read.GetProperty("responses").GetInt64().Should().Be(0);
        Labels(read).Should().BeEquivalentTo(new Dictionary<string, string?> { ["1"] = "Very hard", ["5"] = "Very easy" });

        var updated = await admin.Put("/api/scales/ease5", Scale(name: "Ease (0–10)", kind: "ces", min: 0, max: 10, satisfiedMin: 7,
            topBoxMin: 9, labels: new() { ["0"] = "Impossible", ["10"] = "Effortless" })).Expect(HttpStatusCode.OK);
        updated.GetProperty("max").GetInt32().Should().Be(10);
        updated.Str("kind").Should().Be("ces");
        Labels(await reader.GetJson("/api/scales/ease5")).Should().BeEquivalentTo(
            new Dictionary<string, string?> { ["0"] = "Impossible", ["10"] = "Effortless" });
        await using var db = app.Database.CreateContext();
        var stored = await db.SurveyScales.Include(s => s.Labels).SingleAsync(s => s.Code == "ease5", ApiJson.Ct);
        stored.Kind.Should().Be(ScaleKind.Ces);
        stored.Labels.Select(l => l.Value).Order().Should().Equal(0, 10);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Range_thresholds_labels_and_kind_are_checked_with_clear_messages(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var admin = app.ClientAs(Roles.Admin);

        var inverted = await admin.Post("/api/scales", Scale(min: 5, max: 5)).Expect(HttpStatusCode.BadRequest);
        var tooWide = await admin.Post("/api/scales", Scale(min: 0, max: 200)).Expect(HttpStatusCode.BadRequest);
        var thresholds = await admin.Post("/api/scales", Scale(satisfiedMin: 6, topBoxMin: 3)).Expect(HttpStatusCode.BadRequest);
        var topBelowSatisfied = await admin.Post("/api/scales", Scale(satisfiedMin: 4, topBoxMin: 3)).Expect(HttpStatusCode.BadRequest);
        var labels = await admin.Post("/api/scales", Scale(labels: new() { ["0"] = "Zero", ["x"] = "Ex", ["3"] = " ", ["01"] = "One", ["1"] = "Uno" }))
            .Expect(HttpStatusCode.BadRequest);
        var fields = await admin.Post("/api/scales", new { code = "Ease", name = "", kind = "likert" }).Expect(HttpStatusCode.BadRequest);

        inverted.ErrorsOf("max").Should().Equal("Max (5) must be greater than min (5).");
        tooWide.ErrorsOf("max").Should().Equal("A scale has at most 101 points (e.g. 0–100); 0–200 has 201.");
        thresholds.ErrorsOf("satisfiedMin").Should().Equal("Satisfied-min (6) must lie within the range 1–5.");
        thresholds.ErrorsOf("topBoxMin").Should().Equal("Top-box-min (3) must lie between satisfied-min (6) and max (5).");
        topBelowSatisfied.ErrorsOf("topBoxMin").Should().Equal("Top-box-min (3) must lie between satisfied-min (4) and max (5).");
        topBelowSatisfied.ErrorFields().Should().Equal("topBoxMin");
        labels.ErrorsOf("labels[0]").Should().Equal("Label 0 is outside the range 1–5.");
        labels.ErrorsOf("labels[x]").Should().Equal("Label key 'x' is not a whole number.");
        labels.ErrorsOf("labels[3]").Should().Equal("Label 3 has no text.");
        labels.ErrorsOf("labels[1]").Should().Equal("Label 1 is given twice.");
        fields.ErrorsOf("code").Should().ContainSingle().Which.Should().StartWith("Code 'Ease' is not a valid code");
        fields.ErrorsOf("name").Should().Equal("Name is required.");
        fields.ErrorsOf("kind").Should().Equal("Kind 'likert' is not one of nps, csat, ces, rating.");
        fields.ErrorsOf("min").Should().Equal("Min is required.");
        fields.ErrorsOf("max").Should().Equal("Max is required.");
        fields.ErrorsOf("satisfiedMin").Should().Equal("Satisfied-min is required.");
        fields.ErrorsOf("topBoxMin").Should().Equal("Top-box-min is required.");

        // Edges: thresholds on the ends of the range, top box equal to satisfied.
        await admin.Post("/api/scales", Scale(code: "edge", min: 0, max: 1, satisfiedMin: 1, topBoxMin: 1, labels: new() { ["0"] = "No", ["1"] = "Yes" })).Expect(HttpStatusCode.Created);
        (await admin.Post("/api/scales", Scale(code: "csat5")).Expect(HttpStatusCode.Conflict)).Str("detail")
            .Should().Be("A scale with code 'csat5' already exists.");
        (await app.ClientAs(Roles.CxManager).GetAsync("/api/scales/nope", ApiJson.Ct).Expect(HttpStatusCode.NotFound)).Str("detail")
            .Should().Be("Scale 'nope' does not exist.");
        await admin.Put("/api/scales/nope", Scale(code: "nope")).Expect(HttpStatusCode.NotFound);
        await using var db = app.Database.CreateContext();
        (await db.SurveyScales.CountAsync(ApiJson.Ct)).Should().Be(5);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_used_scale_keeps_its_range_and_kind_while_name_thresholds_and_labels_change(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var admin = app.ClientAs(Roles.Admin);
        await app.ClientAs(Roles.SalesLead).Post("/api/touchpoints", TouchpointApiTests.Touchpoint("store-visit")).Expect(HttpStatusCode.Created);
        await TestResponses.WriteAsync(app, "store-visit", "csat5", 5, 4, 3);

        var before = await app.ClientAs(Roles.CxManager).GetJson("/api/scales/csat5");
        var range = await admin.Put("/api/scales/csat5", Scale(code: "csat5", kind: "csat", min: 1, max: 7)).Expect(HttpStatusCode.Conflict);
        var min = await admin.Put("/api/scales/csat5", Scale(code: "csat5", kind: "csat", min: 0, max: 5)).Expect(HttpStatusCode.Conflict);
        var kind = await admin.Put("/api/scales/csat5", Scale(code: "csat5", kind: "rating")).Expect(HttpStatusCode.Conflict);
        var allowed = await admin.Put("/api/scales/csat5", Scale(code: "csat5", kind: "csat", name: "Satisfaction", satisfiedMin: 3, topBoxMin: 4,
            labels: new() { ["1"] = "Awful", ["3"] = "Fine", ["5"] = "Superb" })).Expect(HttpStatusCode.OK);

        before.GetProperty("inUse").GetBoolean().Should().BeTrue();
        before.GetProperty("responses").GetInt64().Should().Be(3);
        range.Str("detail").Should().Be("Scale 'csat5' is used by 3 responses, so its range (1–5) cannot change; " +
            "create a new scale for another range. Name, thresholds and labels can still change.");
        range.ErrorsOf("min").Should().ContainSingle().Which.Should().StartWith("Scale 'csat5' is used by 3 responses");
        min.Str("detail").Should().StartWith("Scale 'csat5' is used by 3 responses, so its range (1–5) cannot change");
        kind.Str("detail").Should().Be("Scale 'csat5' is used by 3 responses, so its kind (csat) cannot change; create a new scale instead.");
        allowed.Str("name").Should().Be("Satisfaction");
        allowed.GetProperty("satisfiedMin").GetInt32().Should().Be(3);
        allowed.GetProperty("topBoxMin").GetInt32().Should().Be(4);
        Labels(allowed).Should().BeEquivalentTo(new Dictionary<string, string?> { ["1"] = "Awful", ["3"] = "Fine", ["5"] = "Superb" });

        await using var db = app.Database.CreateContext();
        var stored = await db.SurveyScales.SingleAsync(s => s.Code == "csat5", ApiJson.Ct);
        (stored.Min, stored.Max, stored.Kind).Should().Be((1, 5, ScaleKind.Csat));
        (await db.Responses.Where(r => r.ScaleId == stored.Id).Select(r => r.Score).OrderBy(s => s).ToListAsync(ApiJson.Ct))
            .Should().Equal(3, 4, 5);
        (await db.ScoreCounts.Where(c => c.ScaleId == stored.Id).SumAsync(c => c.Count, ApiJson.Ct)).Should().Be(3);
    }
}
