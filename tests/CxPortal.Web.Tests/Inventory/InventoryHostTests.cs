using System.Net;
using System.Text;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;

namespace CxPortal.Web.Tests.Inventory;

public class InventoryHostTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Malformed_bodies_answer_400_problem_documents_not_errors(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);

        var notJson = await editor.PostAsync("/api/touchpoints", new StringContent("{code: ", Encoding.UTF8, "application/json"), ApiJson.Ct);
        var wrongType = await editor.PostAsync("/api/touchpoints",
            new StringContent("""{"code":"a","name":"A","stage":"decision","channel":"web","weight":"heavy"}""", Encoding.UTF8, "application/json"), ApiJson.Ct);
        var fractionalMin = await app.ClientAs(Roles.Admin).PutAsync("/api/scales/csat5",
            new StringContent("""{"code":"csat5","name":"x","kind":"csat","min":1.5,"max":5,"satisfiedMin":4,"topBoxMin":5}""", Encoding.UTF8, "application/json"), ApiJson.Ct);

        foreach (var response in new[] { notJson, wrongType, fractionalMin })
        {
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_openapi_document_lists_the_inventory_and_configuration_endpoints(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);

        var document = await app.ClientAs(Roles.CxManager).GetStringAsync("/openapi/v1.json", ApiJson.Ct);

        foreach (var path in new[]
        {
            "/api/touchpoints", "/api/touchpoints/{code}", "/api/touchpoints/{code}/metrics", "/api/touchpoints/{code}/metrics/{metric}",
            "/api/journeys", "/api/journeys/{code}", "/api/scales", "/api/scales/{code}", "/api/stages", "/api/channels",
            "/api/segment-dimensions", "/api/settings", "/api/exports/touchpoints.csv", "/api/imports/touchpoints", "/api/audit",
        })
        {
            document.Should().Contain($"\"{path}\"");
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_touchpoints_page_lists_what_the_api_created(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        await app.ClientAs(Roles.SalesLead).Post("/api/touchpoints", TouchpointApiTests.Touchpoint("store-visit", name: "Flagship store visit"))
            .Expect(HttpStatusCode.Created);

        var html = await app.ClientAs(Roles.SalesLead).GetStringAsync("/touchpoints", ApiJson.Ct);

        html.Should().Contain("Flagship store visit").And.Contain("store-visit");
    }
}
