using System.Net;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Domain.Surveys;
using CxPortal.Testing;
using CxPortal.Web.Features.Audit;
using CxPortal.Web.Features.ScoreCounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CxPortal.Web.Tests.Inventory;

/// <summary>What the admin pages read besides the API: the audit log's filter choices and the named count differences.</summary>
public class AdminQueryTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_audit_filters_offer_the_entity_types_and_actors_the_log_holds(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        await app.ClientAs(Roles.SalesLead).Post("/api/touchpoints", TouchpointApiTests.Touchpoint("store-visit")).Expect(HttpStatusCode.Created);
        await app.ClientAs(Roles.Admin).Put("/api/stages", new[] { new { code = "awareness", name = "Awareness" }, new { code = "decision", name = "Decision" } })
            .Expect(HttpStatusCode.OK);

        await using var scope = app.Services.CreateAsyncScope();
        var (types, actors) = await scope.ServiceProvider.GetRequiredService<AuditQueries>().FacetsAsync(ApiJson.Ct);

        types.Should().Equal(AuditNames.Stages, AuditNames.Touchpoint);
        actors.Should().Equal(TestActors.NameFor(Roles.Admin), TestActors.NameFor(Roles.SalesLead));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Count_differences_are_named_by_touchpoint_segment_and_scale_and_rebuild_repairs_them(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        await app.ClientAs(Roles.Admin).Put("/api/segment-dimensions", new[] { new { code = "region", name = "Region" } }).Expect(HttpStatusCode.OK);
        await app.ClientAs(Roles.SalesLead).Post("/api/touchpoints", TouchpointApiTests.Touchpoint("store-visit")).Expect(HttpStatusCode.Created);
        await TestResponses.WriteWithSegmentAsync(app, "store-visit", "csat5", "region", "EMEA", 4);
        // Drift: the plain count of score 4 says 3, and the EMEA count of score 4 is missing.
        await using (var db = app.Database.CreateContext())
        {
            await db.ScoreCounts.Where(c => c.SubjectKind == SubjectKind.Touchpoint && c.Score == 4)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Count, 3), ApiJson.Ct);
            await db.SegmentScoreCounts.ExecuteDeleteAsync(ApiJson.Ct);
        }
        await using var scope = app.Services.CreateAsyncScope();
        var counts = scope.ServiceProvider.GetRequiredService<ScoreCountMaintenance>();

        var check = await counts.DescribeAsync(await counts.VerifyAsync(ApiJson.Ct), ApiJson.Ct);

        check.Report.ResponsesCounted.Should().Be(1);
        check.Report.DifferenceCount.Should().Be(2);
        check.Differences.Should().BeEquivalentTo(new[]
        {
            new CountCheckRow("touchpoint store-visit", null, new DateOnly(2026, 3, 2), "csat5", 4, Stored: 3, Recounted: 1),
            new CountCheckRow("touchpoint store-visit", "region = EMEA", new DateOnly(2026, 3, 2), "csat5", 4, Stored: 0, Recounted: 1),
        });
        var rebuilt = await counts.RebuildAsync(ApiJson.Ct);
        rebuilt.Consistent.Should().BeTrue();
        (await counts.DescribeAsync(rebuilt, ApiJson.Ct)).Differences.Should().BeEmpty();
    }
}
