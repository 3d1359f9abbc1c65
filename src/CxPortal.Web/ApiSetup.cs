namespace CxPortal.Web;

public static class ApiSetup
{
    /// <summary>Every API endpoint group hangs off this one group, so policies apply in one place.</summary>
    public static IEndpointRouteBuilder MapCxPortalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        _ = api;
        return app;
    }
}
