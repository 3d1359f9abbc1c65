using System.Net;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Inventory;

public class TouchpointQueryTests
{
    private static async Task<CxPortalApp> StartWithInventoryAsync(DatabaseProvider provider)
    {
        var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        // code, name, stage, channel, owner, intentional, tracking, weight
        var rows = new[]
        {
            ("banner-ad", "banner ad", "awareness", "advertising", "Marketing", true, "pulsed", 3.0),
            ("store-visit", "store visit", "decision", "store", "Retail", true, "persistent", 1.0),
            ("out-of-stock", "out of stock", "decision", "store", "Retail", false, "persistent", 2.0),
            ("renewal-call", "renewal call", "retention", "call-center", "Customer care", true, "periodic", 0.5),
        };
        foreach (var (code, name, stage, channel, owner, intentional, tracking, weight) in rows)
        {
            await editor.Post("/api/touchpoints", new
            {
                code, name, stage, channel, owner, intentional, trackingMode = tracking, weight,
                description = code == "renewal-call" ? "Yearly call; 100% of key accounts" : "",
            }).Expect(HttpStatusCode.Created);
        }
        return app;
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Filters_select_the_matching_touchpoints(DatabaseProvider provider)
    {
        await using var app = await StartWithInventoryAsync(provider);
        var reader = app.ClientAs(Roles.CxManager);

        async Task<IReadOnlyList<string>> List(string query) => (await reader.GetJson("/api/touchpoints?" + query + "&sort=code")).Codes();

        (await List("stage=decision")).Should().Equal("out-of-stock", "store-visit");
        (await List("channel=call-center")).Should().Equal("renewal-call");
        (await List("owner=retail")).Should().Equal("out-of-stock", "store-visit");
        (await List("intentional=false")).Should().Equal("out-of-stock");
        (await List("trackingMode=persistent")).Should().Equal("out-of-stock", "store-visit");
        (await List("search=STO")).Should().Equal(["out-of-stock", "renewal-call", "store-visit"], "code, name and owner (CuSTOmer care) match, in any case");
        (await List("search=care")).Should().Equal(["renewal-call"], "the owner is searched");
        (await List("search=key%20accounts")).Should().Equal(["renewal-call"], "the description is searched");
        (await List("stage=decision&intentional=true&search=visit")).Should().Equal("store-visit");
        (await List("stage=unknown")).Should().BeEmpty();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Sort_keys_order_the_list_both_ways_and_the_default_follows_the_stages(DatabaseProvider provider)
    {
        await using var app = await StartWithInventoryAsync(provider);
        var reader = app.ClientAs(Roles.CxManager);

        (await reader.GetJson("/api/touchpoints")).Codes().Should().Equal("banner-ad", "out-of-stock", "store-visit", "renewal-call");
        (await reader.GetJson("/api/touchpoints?sort=name")).Codes().Should().Equal("banner-ad", "out-of-stock", "renewal-call", "store-visit");
        (await reader.GetJson("/api/touchpoints?sort=-name")).Codes().Should().Equal("store-visit", "renewal-call", "out-of-stock", "banner-ad");
        (await reader.GetJson("/api/touchpoints?sort=weight")).Codes().Should().Equal("renewal-call", "store-visit", "out-of-stock", "banner-ad");
        (await reader.GetJson("/api/touchpoints?sort=-stage")).Codes().Should().Equal("renewal-call", "out-of-stock", "store-visit", "banner-ad");
        (await reader.GetJson("/api/touchpoints?sort=channel")).Codes().Should().Equal("banner-ad", "renewal-call", "out-of-stock", "store-visit");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Unknown_sorts_and_tracking_modes_answer_400(DatabaseProvider provider)
    {
        await using var app = await StartWithInventoryAsync(provider);
        var reader = app.ClientAs(Roles.CxManager);

        var sort = await reader.GetAsync("/api/touchpoints?sort=popularity", ApiJson.Ct).Expect(HttpStatusCode.BadRequest);
        var mode = await reader.GetAsync("/api/touchpoints?trackingMode=daily", ApiJson.Ct).Expect(HttpStatusCode.BadRequest);

        sort.ErrorsOf("sort").Should().Equal(
            "Unknown sort 'popularity'. Sort by one of code, name, stage, channel, owner, intentional, trackingMode, weight, " +
            "relationshipWeight, createdAt, updatedAt, with a leading '-' for descending.");
        mode.ErrorsOf("trackingMode").Should().Equal("Tracking mode 'daily' is not one of persistent, periodic, pulsed.");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Injection_attempts_in_sort_and_filters_are_refused_or_matched_literally_and_change_nothing(DatabaseProvider provider)
    {
        await using var app = await StartWithInventoryAsync(provider);
        var reader = app.ClientAs(Roles.CxManager);
        await app.ClientAs(Roles.SalesLead).Post("/api/touchpoints",
            new { code = "quote-test", name = "Tom's ' OR 1=1-- shop", stage = "decision", channel = "web" }).Expect(HttpStatusCode.Created);

        string Q(string value) => Uri.EscapeDataString(value);
        var attacks = new[]
        {
            "sort=" + Q("name;DROP TABLE touchpoints--"),
            "sort=" + Q("name); DELETE FROM touchpoints; --"),
            "sort=" + Q("-name, (SELECT 1)"),
        };
        foreach (var attack in attacks)
        {
            var problem = await reader.GetAsync("/api/touchpoints?" + attack, ApiJson.Ct).Expect(HttpStatusCode.BadRequest);
            problem.ErrorsOf("sort").Should().ContainSingle().Which.Should().StartWith("Unknown sort");
        }

        (await reader.GetJson("/api/touchpoints?search=" + Q("' OR 1=1--"))).Codes().Should().Equal(["quote-test"],
            "the text is searched for literally, and only this name contains it");
        (await reader.GetJson("/api/touchpoints?search=" + Q("x' OR '1'='1"))).Codes().Should().BeEmpty();
        (await reader.GetJson("/api/touchpoints?search=" + Q("%"))).Codes().Should().Equal(["renewal-call"], "'%' is not a wildcard");
        (await reader.GetJson("/api/touchpoints?search=" + Q("_"))).Codes().Should().BeEmpty("'_' is not a wildcard");
        (await reader.GetJson("/api/touchpoints?stage=" + Q("decision' OR '1'='1"))).Codes().Should().BeEmpty();
        (await reader.GetJson("/api/touchpoints?owner=" + Q("x'; DROP TABLE touchpoints; --"))).Codes().Should().BeEmpty();
        (await reader.GetAsync("/api/touchpoints?intentional=" + Q("1 OR 1=1"), ApiJson.Ct)).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        await using var db = app.Database.CreateContext();
        (await db.Touchpoints.CountAsync(ApiJson.Ct)).Should().Be(5);
        (await reader.GetJson("/api/touchpoints")).GetArrayLength().Should().Be(5);
    }
}
