using System.Net;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;
using CxPortal.Web.Tests.Inventory;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Ingestion;

public class MeasurementsApiTests
{
    private static async Task<CxPortalApp> StartAsync(DatabaseProvider provider)
    {
        var app = await IngestionData.StartAsync(provider);
        await app.ClientAs(Roles.SalesLead).Post("/api/touchpoints/tp-1/metrics",
            new { code = "fcr", name = "First-contact resolution", unit = "%", direction = "higher", target = 80, worst = 40 })
            .Expect(HttpStatusCode.Created);
        return app;
    }

    private static object Value(string start, string end, double value, string touchpoint = "tp-1", string metric = "fcr") =>
        new { touchpoint, metric, periodStart = start, periodEnd = end, value };

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Measurements_are_stored_a_corrected_period_replaces_its_value_and_the_audit_log_names_the_sender(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var client = app.ClientAs(Roles.SalesLead);

        var stored = await client.Post("/api/measurements", new[]
        {
            Value("2026-01-01", "2026-01-31", 71.5), Value("2026-02-01", "2026-02-28", 74),
        }).Expect(HttpStatusCode.OK);
        stored.GetProperty("stored").GetInt32().Should().Be(2);
        stored.GetProperty("created").GetInt32().Should().Be(2);

        var corrected = await client.Post("/api/measurements", new[] { Value("2026-02-01", "2026-02-28", 76.25) }).Expect(HttpStatusCode.OK);
        corrected.GetProperty("replaced").GetInt32().Should().Be(1);

        await using var db = app.Database.CreateContext();
        (await db.Measurements.OrderBy(m => m.PeriodStart).Select(m => m.Value).ToListAsync(ApiJson.Ct)).Should().Equal(71.5, 76.25);
        var audit = await db.AuditEntries.Where(a => a.EntityType == "measurements").OrderBy(a => a.Id).ToListAsync(ApiJson.Ct);
        audit.Should().HaveCount(2);
        audit.Should().OnlyContain(a => a.Actor == TestActors.NameFor(Roles.SalesLead) && a.Action == "import");
        audit[1].Details.Should().Contain("\"replaced\":1");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Any_invalid_measurement_stores_none_and_each_error_names_its_item(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);
        var client = app.ClientWithKey(ApiKeyScopes.Admin);

        var problem = await client.Post("/api/measurements", new object[]
        {
            Value("2026-01-01", "2026-01-31", 70),
            Value("2026-01-01", "2026-01-31", 70, touchpoint: "nowhere"),
            Value("2026-01-01", "2026-01-31", 70, metric: "nps-ish"),
            Value("2026-02-10", "2026-02-01", 70),
            new { touchpoint = "tp-1", metric = "fcr", periodStart = "2026-03-01", periodEnd = "2026-03-31" },
            Value("2026-01-01", "2026-01-31", 72),
        }).Expect(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("index").GetInt32(), e.Str("field"), e.Str("message")))
            .Should().Equal(
                (1, "touchpoint", "Touchpoint 'nowhere' does not exist."),
                (2, "metric", "Touchpoint 'tp-1' has no metric 'nps-ish'."),
                (3, "periodEnd", "periodEnd 2026-02-01 is before periodStart 2026-02-10."),
                (4, "value", "value is required."),
                (5, "periodStart", "tp-1/fcr for 2026-01-01–2026-01-31 is already given at 0."));
        await using var db = app.Database.CreateContext();
        (await db.Measurements.CountAsync(ApiJson.Ct)).Should().Be(0);
    }

    [Fact]
    public async Task An_ingest_key_cannot_post_measurements_but_a_sales_lead_can()
    {
        await using var app = await StartAsync(DatabaseProvider.Sqlite);
        (await app.ClientWithKey(ApiKeyScopes.Ingest).Post("/api/measurements", new[] { Value("2026-01-01", "2026-01-31", 70) }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.ClientAs(Roles.SalesLead).Post("/api/measurements", new[] { Value("2026-01-01", "2026-01-31", 70) }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
