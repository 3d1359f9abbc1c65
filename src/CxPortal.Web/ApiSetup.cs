using CxPortal.Web.Features.ApiKeys;
using CxPortal.Web.Features.Audit;
using CxPortal.Web.Features.Configuration;
using CxPortal.Web.Features.Exports;
using CxPortal.Web.Features.Imports;
using CxPortal.Web.Features.Journeys;
using CxPortal.Web.Features.Measurements;
using CxPortal.Web.Features.Responses;
using CxPortal.Web.Features.ScoreCounts;
using CxPortal.Web.Features.Scores;
using CxPortal.Web.Features.Touchpoints;
using CxPortal.Web.Features.Touchpoints.Csv;
using CxPortal.Web.Features.Touchpoints.Metrics;
using CxPortal.Web.Features.Users;
using CxPortal.Web.Infrastructure.Auth;

namespace CxPortal.Web;

public static class ApiSetup
{
    /// <summary>
    /// Every API endpoint group hangs off /api here, and here only does each group get its access
    /// policy (Infrastructure/Auth/Policies and AccessRules), so a reviewer sees all of them at once.
    /// A group takes one policy, so features with reads and writes map one group of each.
    /// </summary>
    public static IEndpointRouteBuilder MapCxPortalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        // Dashboards: every role and read keys.
        api.MapGroup("").MapScoresApi().RequireAuthorization(Policies.ReadScores);
        api.MapGroup("/exports").MapExportsApi().RequireAuthorization(Policies.ReadScores);

        // Inventory: dashboards read it; sales leads and admins change it.
        var inventoryReads = api.MapGroup("").RequireAuthorization(Policies.ReadScores);
        inventoryReads.MapTouchpointReadApi();
        inventoryReads.MapMetricReadApi();
        inventoryReads.MapJourneyReadApi();
        inventoryReads.MapTouchpointExportApi();
        var inventoryWrites = api.MapGroup("").RequireAuthorization(Policies.EditInventory);
        inventoryWrites.MapTouchpointWriteApi();
        inventoryWrites.MapMetricWriteApi();
        inventoryWrites.MapJourneyWriteApi();
        inventoryWrites.MapTouchpointImportApi();
        // Measurements are inventory data (metric values), so the inventory's editors post them.
        api.MapGroup("").MapMeasurementsApi().RequireAuthorization(Policies.EditInventory)
            .RequireRateLimiting(HardeningSetup.IngestLimit);

        // Ingestion: survey tools (ingest keys), sales leads and admins; rate-limited per key or user.
        api.MapGroup("").MapResponsesApi().RequireAuthorization(Policies.Ingest).RequireRateLimiting(HardeningSetup.IngestLimit);
        api.MapGroup("").MapImportsApi().RequireAuthorization(Policies.Ingest).RequireRateLimiting(HardeningSetup.IngestLimit);

        // Configuration: everyone reads scales, stages, channels, dimensions and settings; admins change them.
        api.MapGroup("").MapConfigurationReadApi().RequireAuthorization(Policies.ReadScores);
        api.MapGroup("").MapConfigurationWriteApi().RequireAuthorization(Policies.Admin);

        // Administration.
        api.MapGroup("").MapAuditApi().RequireAuthorization(Policies.Admin);
        api.MapGroup("/admin/score-counts").MapScoreCountsApi().RequireAuthorization(Policies.Admin);
        api.MapGroup("").MapApiKeysApi().RequireAuthorization(Policies.Admin);
        api.MapGroup("").MapUsersApi().RequireAuthorization(Policies.Admin);
        return app;
    }
}
