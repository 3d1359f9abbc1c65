using System.Net;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;
using CxPortal.Web.Tests.Inventory;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Ingestion;

public class MeasurementImportTests
{
    private const string Imports = "/api/imports/measurements";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_measurement_file_is_checked_like_the_api_and_stored_all_or_nothing(DatabaseProvider provider)
    {
        await using var app = await IngestionData.StartAsync(provider);
        var client = app.ClientAs(Roles.SalesLead);
        await client.Post("/api/touchpoints/tp-1/metrics",
            new { code = "fcr", name = "First-contact resolution", unit = "%", direction = "higher", target = 80, worst = 40 })
            .Expect(HttpStatusCode.Created);

        var bad = await client.ImportAsync(Imports, ResponseImportTests.Lines("touchpoint,metric,periodStart,periodEnd,value",
            "tp-1,fcr,2026-01-01,2026-01-31,71.5", "tp-1,aht,2026-01-01,2026-01-31,5", "tp-1,fcr,2026-02-01,2026-01-31,70",
            "tp-1,fcr,2026-03-01,2026-03-31,lots"));
        bad.Str("state").Should().Be("failed");
        bad.Report().Rejected().Should().Equal(
            (3L, "metric: Touchpoint 'tp-1' has no metric 'aht'."),
            (4L, "periodEnd: periodEnd 2026-01-31 is before periodStart 2026-02-01."),
            (5L, "value: 'lots' is not a number (use a dot for decimals)."));
        await using (var db = app.Database.CreateContext())
        {
            (await db.Measurements.CountAsync(ApiJson.Ct)).Should().Be(0);
        }

        var good = await client.ImportAsync(Imports, ResponseImportTests.Lines("touchpoint;metric;periodStart;periodEnd;value",
            "tp-1;fcr;2026-01-01;2026-01-31;71.5", "tp-1;fcr;2026-02-01;2026-02-28;74"));
        good.Str("state").Should().Be("succeeded");
        (good.Report().Count("rowsRead"), good.Report().Count("accepted"), good.Report().Count("duplicates")).Should().Be((2, 2, 0));

        var again = await client.ImportAsync(Imports, ResponseImportTests.Lines("touchpoint,metric,periodStart,periodEnd,value",
            "tp-1,fcr,2026-01-01,2026-01-31,71.5", "tp-1,fcr,2026-02-01,2026-02-28,75"));
        (again.Report().Count("accepted"), again.Report().Count("duplicates")).Should().Be((1, 1));
        await using (var db = app.Database.CreateContext())
        {
            (await db.Measurements.OrderBy(m => m.PeriodStart).Select(m => m.Value).ToListAsync(ApiJson.Ct)).Should().Equal(71.5, 75);
        }
    }
}
