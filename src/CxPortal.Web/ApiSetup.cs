using CxPortal.Web.Features.Audit;
using CxPortal.Web.Features.Configuration;
using CxPortal.Web.Features.Journeys;
using CxPortal.Web.Features.Touchpoints;
using CxPortal.Web.Features.Touchpoints.Csv;
using CxPortal.Web.Features.Touchpoints.Metrics;

namespace CxPortal.Web;

public static class ApiSetup
{
    /// <summary>
    /// Every API endpoint group hangs off /api here, and here only does each group get its access
    /// policy (see Infrastructure/Auth/Policies), so a reviewer sees all of them at once. A group
    /// takes one policy, so features with reads and writes map one group of each.
    /// The policies are commented out until the auth middleware and the policy registrations land:
    /// without them every request to a group with a policy fails with "policy not found".
    /// </summary>
    public static IEndpointRouteBuilder MapCxPortalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        // Inventory: dashboards read it; sales leads and admins change it.
        var inventoryReads = api.MapGroup(""); // .RequireAuthorization(Policies.ReadScores)
        inventoryReads.MapTouchpointReadApi();
        inventoryReads.MapMetricReadApi();
        inventoryReads.MapJourneyReadApi();
        inventoryReads.MapTouchpointExportApi();
        var inventoryWrites = api.MapGroup(""); // .RequireAuthorization(Policies.EditInventory)
        inventoryWrites.MapTouchpointWriteApi();
        inventoryWrites.MapMetricWriteApi();
        inventoryWrites.MapJourneyWriteApi();
        inventoryWrites.MapTouchpointImportApi();

        // Configuration: scales, stages, channels, segment dimensions, settings; admins change it.
        api.MapGroup("").MapConfigurationReadApi(); // .RequireAuthorization(Policies.ReadScores)
        api.MapGroup("").MapConfigurationWriteApi(); // .RequireAuthorization(Policies.Admin)

        api.MapGroup("").MapAuditApi(); // .RequireAuthorization(Policies.Admin)
        return app;
    }
}
