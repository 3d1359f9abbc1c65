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
        _ = api;
        return app;
    }
}
