using CxPortal.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CxPortal.Web.Features.Accounts;

public static class AccountEndpoints
{
    /// <summary>Logout is a POST (with the antiforgery token) so a link on another site cannot sign people out.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (SignInManager<AppUser> signIn, [FromForm] string? returnUrl) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.LocalRedirect("/account/login?loggedOut=true");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
