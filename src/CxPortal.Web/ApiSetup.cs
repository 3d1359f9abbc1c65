using CxPortal.Web.Features.ApiKeys;
using CxPortal.Web.Features.Exports;
using CxPortal.Web.Features.ScoreCounts;
using CxPortal.Web.Features.Scores;
using CxPortal.Web.Features.Users;
using CxPortal.Web.Infrastructure.Auth;

namespace CxPortal.Web;

public static class ApiSetup
{
    /// <summary>
    /// Every API endpoint group hangs off /api here, and here only does each group get its access
    /// policy (Infrastructure/Auth/Policies and AccessRules), so a reviewer sees all of them at once.
    /// </summary>
    public static IEndpointRouteBuilder MapCxPortalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        api.MapGroup("").MapScoresApi().RequireAuthorization(Policies.ReadScores);
        api.MapGroup("/exports").MapExportsApi().RequireAuthorization(Policies.ReadScores);

        api.MapGroup("/admin/score-counts").MapScoreCountsApi().RequireAuthorization(Policies.Admin);
        api.MapGroup("").MapApiKeysApi().RequireAuthorization(Policies.Admin);
        api.MapGroup("").MapUsersApi().RequireAuthorization(Policies.Admin);
        return app;
    }
}
