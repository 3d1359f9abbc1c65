using CxPortal.Web.Features.Exports;
using CxPortal.Web.Features.ScoreCounts;
using CxPortal.Web.Features.Scores;

namespace CxPortal.Web;

public static class ApiSetup
{
    /// <summary>
    /// Every API endpoint group hangs off /api here, and here only does each group get its access
    /// policy (see Infrastructure/Auth/Policies), so a reviewer sees all of them at once.
    /// </summary>
    public static IEndpointRouteBuilder MapCxPortalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        // The policies are not registered until the lead's auth lands (a named policy that does not
        // exist fails every request): then remove the comment markers of these three lines.
        api.MapGroup("").MapScoresApi()/*.RequireAuthorization(Policies.ReadScores)*/;
        api.MapGroup("/exports").MapExportsApi()/*.RequireAuthorization(Policies.ReadScores)*/;
        api.MapGroup("/admin/score-counts").MapScoreCountsApi()/*.RequireAuthorization(Policies.Admin)*/;
        return app;
    }
}
