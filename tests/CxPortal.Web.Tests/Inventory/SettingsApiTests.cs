using System.Net;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Inventory;

public class SettingsApiTests
{
    private static object Settings(double criticalBelow = 3.5, double weakBelow = 6.5, double laggingGap = 1.5, int lowSampleBelow = 50,
        double maskingIndexMin = 7, double confidenceLevel = 0.9) =>
        new { criticalBelow, weakBelow, laggingGap, lowSampleBelow, maskingIndexMin, confidenceLevel };

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Settings_start_at_the_design_defaults_and_round_trip(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var reader = app.ClientAs(Roles.CxManager);

        var defaults = await reader.GetJson("/api/settings");
        var saved = await app.ClientAs(Roles.Admin).Put("/api/settings", Settings()).Expect(HttpStatusCode.OK);
        var read = await reader.GetJson("/api/settings");

        defaults.GetProperty("criticalBelow").GetDouble().Should().Be(4);
        defaults.GetProperty("weakBelow").GetDouble().Should().Be(6);
        defaults.GetProperty("laggingGap").GetDouble().Should().Be(2);
        defaults.GetProperty("lowSampleBelow").GetInt32().Should().Be(30);
        defaults.GetProperty("maskingIndexMin").GetDouble().Should().Be(6);
        defaults.GetProperty("confidenceLevel").GetDouble().Should().Be(0.95);
        saved.GetProperty("criticalBelow").GetDouble().Should().Be(3.5);
        read.GetProperty("weakBelow").GetDouble().Should().Be(6.5);
        read.GetProperty("laggingGap").GetDouble().Should().Be(1.5);
        read.GetProperty("lowSampleBelow").GetInt32().Should().Be(50);
        read.GetProperty("maskingIndexMin").GetDouble().Should().Be(7);
        read.GetProperty("confidenceLevel").GetDouble().Should().Be(0.9);
        // Edges are valid: critical equal to weak, confidence at both ends.
        await app.ClientAs(Roles.Admin).Put("/api/settings", Settings(criticalBelow: 5, weakBelow: 5, confidenceLevel: 0.8, lowSampleBelow: 1))
            .Expect(HttpStatusCode.OK);
        await app.ClientAs(Roles.Admin).Put("/api/settings", Settings(criticalBelow: 0, weakBelow: 10, confidenceLevel: 0.999, laggingGap: 10))
            .Expect(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_settings_rule_answers_400_with_its_message_and_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var admin = app.ClientAs(Roles.Admin);

        var crossed = await admin.Put("/api/settings", Settings(criticalBelow: 6, weakBelow: 4)).Expect(HttpStatusCode.BadRequest);
        var outside = await admin.Put("/api/settings", Settings(criticalBelow: -1, weakBelow: 11, maskingIndexMin: 10.5, laggingGap: 0,
            lowSampleBelow: 0, confidenceLevel: 0.5)).Expect(HttpStatusCode.BadRequest);
        var confidenceHigh = await admin.Put("/api/settings", Settings(confidenceLevel: 0.9995)).Expect(HttpStatusCode.BadRequest);
        var gapHigh = await admin.Put("/api/settings", Settings(laggingGap: 10.5)).Expect(HttpStatusCode.BadRequest);
        var missing = await admin.Put("/api/settings", new { criticalBelow = 4 }).Expect(HttpStatusCode.BadRequest);

        crossed.ErrorsOf("weakBelow").Should().Equal("Weak-below (4) must not be under critical-below (6): weak lies between the two.");
        crossed.ErrorFields().Should().Equal("weakBelow");
        outside.ErrorsOf("criticalBelow").Should().Equal("Critical-below must be a score between 0 and 10.");
        outside.ErrorsOf("weakBelow").Should().Equal("Weak-below must be a score between 0 and 10.");
        outside.ErrorsOf("maskingIndexMin").Should().Equal("Masking-index-min must be a score between 0 and 10.");
        outside.ErrorsOf("laggingGap").Should().Equal("Lagging gap must be more than 0 and at most 10 points.");
        outside.ErrorsOf("lowSampleBelow").Should().Equal("Low-sample-below must be a whole number of 1 or more.");
        outside.ErrorsOf("confidenceLevel").Should().Equal("Confidence level must be between 0.8 and 0.999 (0.95 for 95%).");
        confidenceHigh.ErrorsOf("confidenceLevel").Should().Equal("Confidence level must be between 0.8 and 0.999 (0.95 for 95%).");
        gapHigh.ErrorsOf("laggingGap").Should().Equal("Lagging gap must be more than 0 and at most 10 points.");
        missing.ErrorFields().Should().BeEquivalentTo("weakBelow", "laggingGap", "lowSampleBelow", "maskingIndexMin", "confidenceLevel");

        await using var db = app.Database.CreateContext();
        var stored = await db.ScoringSettings.SingleAsync(ApiJson.Ct);
        (stored.CriticalBelow, stored.WeakBelow, stored.LaggingGap, stored.LowSampleBelow, stored.MaskingIndexMin, stored.ConfidenceLevel)
            .Should().Be((4.0, 6.0, 2.0, 30, 6.0, 0.95));
    }
}
