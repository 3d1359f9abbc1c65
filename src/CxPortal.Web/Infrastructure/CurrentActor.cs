using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace CxPortal.Web.Infrastructure;

/// <summary>
/// Who is acting, for the audit log: the signed-in user's name, the API key's name, or "system"
/// for start-up and background work. Works in HTTP requests and in Blazor circuits.
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor http, IServiceProvider services)
{
    public const string System = "system";

    public async Task<string> NameAsync()
    {
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true && services.GetService<AuthenticationStateProvider>() is { } circuit)
        {
            try
            {
                user = (await circuit.GetAuthenticationStateAsync()).User;
            }
            catch (InvalidOperationException)
            {
                // Not inside a circuit.
            }
        }
        return Describe(user);
    }

    public static string Describe(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.Identity.Name ?? System : System;
}
