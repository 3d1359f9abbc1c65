using System.Net;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Inventory;

public class ReferenceListApiTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Stages_are_replaced_as_an_ordered_list(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var admin = app.ClientAs(Roles.Admin);
        var reader = app.ClientAs(Roles.CxManager);
        (await reader.GetJson("/api/stages")).Codes().Should().Equal("awareness", "consideration", "decision", "retention");

        var replaced = await admin.Put("/api/stages", new[]
        {
            new { code = "discovery", name = "Discovery" }, new { code = "decision", name = "Purchase decision" },
            new { code = "awareness", name = "Awareness" }, new { code = "loyalty", name = "Loyalty" },
        }).Expect(HttpStatusCode.OK);

        replaced.Codes().Should().Equal("discovery", "decision", "awareness", "loyalty");
        var stages = await reader.GetJson("/api/stages");
        stages.Codes().Should().Equal("discovery", "decision", "awareness", "loyalty");
        stages.EnumerateArray().Select(s => s.GetProperty("position").GetInt32()).Should().Equal(0, 1, 2, 3);
        stages[1].Str("name").Should().Be("Purchase decision");
        await using var db = app.Database.CreateContext();
        (await db.Stages.OrderBy(s => s.Position).Select(s => s.Code).ToListAsync(ApiJson.Ct))
            .Should().Equal("discovery", "decision", "awareness", "loyalty");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_stage_or_channel_used_by_touchpoints_cannot_be_removed(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var admin = app.ClientAs(Roles.Admin);
        var editor = app.ClientAs(Roles.SalesLead);
        foreach (var code in new[] { "a", "b", "c" })
        {
            await editor.Post("/api/touchpoints", TouchpointApiTests.Touchpoint(code, stage: "decision", channel: "store")).Expect(HttpStatusCode.Created);
        }
        await editor.Post("/api/touchpoints", TouchpointApiTests.Touchpoint("d", stage: "retention", channel: "email")).Expect(HttpStatusCode.Created);

        var stage = await admin.Put("/api/stages", new[] { new { code = "awareness", name = "Awareness" }, new { code = "retention", name = "Retention" } })
            .Expect(HttpStatusCode.Conflict);
        var channel = await admin.Put("/api/channels", new[] { new { code = "web", name = "Web" }, new { code = "email", name = "Email" } })
            .Expect(HttpStatusCode.Conflict);

        stage.Str("detail").Should().Be("Stage 'decision' is used by 3 touchpoints; move them to another stage before removing it.");
        channel.Str("detail").Should().Be("Channel 'store' is used by 3 touchpoints; move them to another channel before removing it.");
        var reader = app.ClientAs(Roles.CxManager);
        (await reader.GetJson("/api/stages")).Codes().Should().Equal("awareness", "consideration", "decision", "retention");
        var decision = (await reader.GetJson("/api/stages")).EnumerateArray().Single(s => s.Str("code") == "decision");
        decision.GetProperty("touchpoints").GetInt32().Should().Be(3);
        (await reader.GetJson("/api/channels")).GetArrayLength().Should().Be(10);

        // Unused ones go; the used ones stay.
        var channels = await admin.Put("/api/channels", new[]
        {
            new { code = "store", name = "Shop" }, new { code = "email", name = "Email" }, new { code = "chat", name = "Chat" },
        }).Expect(HttpStatusCode.OK);
        channels.Codes().Should().Equal("chat", "email", "store");
        channels.EnumerateArray().Single(c => c.Str("code") == "store").Str("name").Should().Be("Shop");
        (await reader.GetJson("/api/touchpoints/a")).Str("channelName").Should().Be("Shop");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Lists_are_checked_for_codes_names_repeats_and_emptiness(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var admin = app.ClientAs(Roles.Admin);

        var problem = await admin.Put("/api/stages", new[]
        {
            new { code = "awareness", name = "Awareness" }, new { code = "Bad Code", name = "Bad" },
            new { code = "awareness", name = "Again" }, new { code = "empty", name = "" },
        }).Expect(HttpStatusCode.BadRequest);
        var empty = await admin.Put("/api/channels", Array.Empty<object>()).Expect(HttpStatusCode.BadRequest);

        problem.ErrorsOf("[1].code").Should().ContainSingle().Which.Should().StartWith("Code 'Bad Code' is not a valid code");
        problem.ErrorsOf("[2].code").Should().Equal("Code 'awareness' appears twice (items 1 and 3).");
        problem.ErrorsOf("[3].name").Should().Equal("Name is required.");
        problem.ErrorFields().Should().BeEquivalentTo("[1].code", "[2].code", "[3].name");
        empty.ErrorsOf("").Should().Equal("Send the whole list of channels, at least one, in order.");
        await using var db = app.Database.CreateContext();
        (await db.Stages.CountAsync(ApiJson.Ct)).Should().Be(4);
        (await db.Channels.CountAsync(ApiJson.Ct)).Should().Be(10);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_segment_dimension_carried_by_responses_cannot_be_removed(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var admin = app.ClientAs(Roles.Admin);
        var reader = app.ClientAs(Roles.CxManager);
        (await reader.GetJson("/api/segment-dimensions")).GetArrayLength().Should().Be(0);

        await admin.Put("/api/segment-dimensions", new[] { new { code = "region", name = "Region" }, new { code = "product", name = "Product line" } })
            .Expect(HttpStatusCode.OK);
        await app.ClientAs(Roles.SalesLead).Post("/api/touchpoints", TouchpointApiTests.Touchpoint("store-visit")).Expect(HttpStatusCode.Created);
        await TestResponses.WriteWithSegmentAsync(app, "store-visit", "nps", "region", "EMEA", 9);

        var listed = await reader.GetJson("/api/segment-dimensions");
        var refused = await admin.Put("/api/segment-dimensions", new[] { new { code = "product", name = "Product line" } })
            .Expect(HttpStatusCode.Conflict);
        var kept = await admin.Put("/api/segment-dimensions", new[] { new { code = "region", name = "Sales region" } }).Expect(HttpStatusCode.OK);

        listed.Codes().Should().Equal("product", "region");
        var region = listed.EnumerateArray().Single(d => d.Str("code") == "region");
        region.GetProperty("inUse").GetBoolean().Should().BeTrue();
        region.GetProperty("values").GetInt32().Should().Be(1);
        listed.EnumerateArray().Single(d => d.Str("code") == "product").GetProperty("inUse").GetBoolean().Should().BeFalse();
        refused.Str("detail").Should().Be("Segment dimension 'region' is used by 1 response; it cannot be removed.");
        kept.Codes().Should().Equal("region");
        kept[0].Str("name").Should().Be("Sales region");
        await using var db = app.Database.CreateContext();
        (await db.ResponseSegments.CountAsync(ApiJson.Ct)).Should().Be(1);
        (await db.SegmentValues.Select(v => v.Value).ToListAsync(ApiJson.Ct)).Should().Equal("EMEA");
    }
}
