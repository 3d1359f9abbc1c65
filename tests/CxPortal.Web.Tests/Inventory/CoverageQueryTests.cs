using System.Net;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Domain.Touchpoints;
using CxPortal.Testing;
using CxPortal.Web.Features.Touchpoints.Coverage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CxPortal.Web.Tests.Inventory;

public class CoverageQueryTests
{
    [Fact]
    public void Windows_are_a_month_a_quarter_and_a_year_ending_today()
    {
        var today = new DateOnly(2026, 3, 31);

        TrackingWindows.Days(TrackingMode.Persistent).Should().Be(30);
        TrackingWindows.Days(TrackingMode.Periodic).Should().Be(90);
        TrackingWindows.Days(TrackingMode.Pulsed).Should().Be(365);
        TrackingWindows.Start(TrackingMode.Persistent, today).Should().Be(new DateOnly(2026, 3, 2), "2 March to 31 March is 30 days");
        TrackingWindows.Start(TrackingMode.Periodic, today).Should().Be(new DateOnly(2026, 1, 1), "1 January to 31 March is 90 days");
        TrackingWindows.Start(TrackingMode.Pulsed, today).Should().Be(new DateOnly(2025, 4, 1));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_touchpoint_counts_as_measured_by_a_response_or_a_measurement_in_its_window(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        foreach (var (code, stage, channel, mode) in new[]
        {
            ("rated", "decision", "store", "persistent"), ("never", "decision", "store", "persistent"),
            ("quarterly", "decision", "store", "periodic"), ("yearly", "awareness", "advertising", "pulsed"),
            ("old-kpi", "retention", "email", "persistent"),
        })
        {
            await editor.Post("/api/touchpoints", TouchpointApiTests.Touchpoint(code, name: code, stage: stage, channel: channel, trackingMode: mode))
                .Expect(HttpStatusCode.Created);
        }
        // Responses on 2 March 2026 (TestResponses' day).
        await TestResponses.WriteAsync(app, "rated", "csat5", 4, 5);
        await TestResponses.WriteAsync(app, "yearly", "nps", 9);
        await AddMeasurementAsync(app, "quarterly", new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31));
        await AddMeasurementAsync(app, "old-kpi", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));

        var onLastDay = await MapAsync(app, FixedClock.At(2026, 3, 31));
        var dayAfter = await MapAsync(app, FixedClock.At(2026, 4, 1));

        Measured(onLastDay).Should().BeEquivalentTo(new Dictionary<string, bool>
        {
            ["rated"] = true, // 2 March is the first day of the 30 days ending 31 March
            ["never"] = false,
            ["quarterly"] = false, // December ended the day before the 90 days from 1 January
            ["yearly"] = true,
            ["old-kpi"] = false, // January ended more than 30 days before 31 March
        });
        Measured(dayAfter).Should().BeEquivalentTo(new Dictionary<string, bool>
        {
            ["rated"] = false, ["never"] = false, ["quarterly"] = false, ["yearly"] = true, ["old-kpi"] = false,
        });
        var rated = onLastDay.Cells.SelectMany(c => c.Touchpoints).Single(t => t.Code == "rated");
        rated.LastResponse.Should().Be(new DateOnly(2026, 3, 2));
        rated.LastMeasurement.Should().BeNull();
        rated.WindowDays.Should().Be(30);
        rated.WindowStart.Should().Be(new DateOnly(2026, 3, 2));
        onLastDay.Cells.SelectMany(c => c.Touchpoints).Single(t => t.Code == "old-kpi").LastMeasurement.Should().Be(new DateOnly(2026, 1, 31));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_measurement_period_overlapping_the_window_start_counts(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        await app.ClientAs(Roles.SalesLead).Post("/api/touchpoints", TouchpointApiTests.Touchpoint("quarterly", trackingMode: "periodic"))
            .Expect(HttpStatusCode.Created);
        await AddMeasurementAsync(app, "quarterly", new DateOnly(2025, 12, 1), new DateOnly(2026, 1, 1));

        var map = await MapAsync(app, FixedClock.At(2026, 3, 31));

        Measured(map)["quarterly"].Should().BeTrue("the period ends on 1 January, the window's first day");
        (await MapAsync(app, FixedClock.At(2026, 4, 1))).Unmeasured.Should().Be(1, "from 2 January on, December's figure is too old");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_map_has_every_stage_in_order_every_channel_and_a_cell_per_pair_in_use(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        foreach (var (code, name, stage, channel) in new[]
        {
            ("b-visit", "Beta visit", "decision", "store"), ("a-visit", "Alpha visit", "decision", "store"),
            ("rated-visit", "Zulu visit", "decision", "store"), ("renewal", "Renewal", "retention", "email"),
        })
        {
            await editor.Post("/api/touchpoints", TouchpointApiTests.Touchpoint(code, name: name, stage: stage, channel: channel, trackingMode: "pulsed"))
                .Expect(HttpStatusCode.Created);
        }
        await TestResponses.WriteAsync(app, "rated-visit", "csat5", 5);

        var map = await MapAsync(app, FixedClock.At(2026, 3, 31));

        map.Today.Should().Be(new DateOnly(2026, 3, 31));
        map.Stages.Select(s => s.Code).Should().Equal("awareness", "consideration", "decision", "retention");
        map.Channels.Should().HaveCount(10);
        map.Channels.Select(c => c.Name).Should().BeInAscendingOrder(StringComparer.Ordinal);
        map.Cells.Should().HaveCount(2);
        var store = map.Cell("decision", "store")!;
        store.Touchpoints.Select(t => t.Code).Should().Equal(["a-visit", "b-visit", "rated-visit"], "not measured first, then by name");
        store.Unmeasured.Should().Be(2);
        map.Cell("retention", "email")!.Unmeasured.Should().Be(1);
        map.Cell("awareness", "store").Should().BeNull();
        map.Unmeasured.Should().Be(3);
    }

    private static Dictionary<string, bool> Measured(CoverageMap map) =>
        map.Cells.SelectMany(c => c.Touchpoints).ToDictionary(t => t.Code, t => t.Measured);

    private static async Task<CoverageMap> MapAsync(CxPortalApp app, TimeProvider clock) =>
        await new CoverageQueries(app.Services.GetRequiredService<IDbContextFactory<CxPortalDbContext>>(), clock).MapAsync(ApiJson.Ct);

    private static async Task AddMeasurementAsync(CxPortalApp app, string touchpoint, DateOnly start, DateOnly end)
    {
        await using var db = app.Database.CreateContext();
        var id = await db.Touchpoints.Where(t => t.Code == touchpoint).Select(t => t.Id).SingleAsync(ApiJson.Ct);
        db.OperationalMetrics.Add(new OperationalMetric
        {
            TouchpointId = id, Code = $"kpi-{Guid.NewGuid():N}"[..12], Name = "Availability", Target = 98, Worst = 80,
            Measurements = [new Measurement { PeriodStart = start, PeriodEnd = end, Value = 95 }],
        });
        await db.SaveChangesAsync(ApiJson.Ct);
    }
}
