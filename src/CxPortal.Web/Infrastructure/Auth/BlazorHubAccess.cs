using Microsoft.AspNetCore.Authorization;

namespace CxPortal.Web.Infrastructure.Auth;

public static class BlazorHubAccess
{
    /// <summary>
    /// The circuit's own endpoints (/_blazor, /_framework) are open to all: the login page's visitors need them,
    /// and every page is authorised again inside the circuit by AuthorizeRouteView. Pages keep
    /// their policies; only the hub endpoints are marked.
    /// </summary>
    public static RazorComponentsEndpointConventionBuilder AllowAnonymousBlazorHub(this RazorComponentsEndpointConventionBuilder builder)
    {
        builder.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route } && (route.StartsWith("/_blazor", StringComparison.Ordinal) || route.StartsWith("/_framework", StringComparison.Ordinal)))
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }
        });
        return builder;
    }
}
