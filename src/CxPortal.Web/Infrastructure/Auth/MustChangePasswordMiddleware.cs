namespace CxPortal.Web.Infrastructure.Auth;

/// <summary>
/// A user whose password was set by someone else (bootstrap admin, invited user) sees nothing but the
/// change-password page until they choose their own.
/// </summary>
public sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/change-password";

    private static readonly string[] Allowed =
        [ChangePasswordPath, "/account/logout", "/account/login", "/_framework", "/_content", "/_blazor", "/healthz", "/readyz"];

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(AuthClaims.MustChangePassword, "true")
            && !Allowed.Any(p => context.Request.Path.StartsWithSegments(p))
            && !Path.HasExtension(context.Request.Path.Value))
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return context.Response.WriteAsJsonAsync(new { detail = "Change your password before using the portal." });
            }
            context.Response.Redirect(ChangePasswordPath);
            return Task.CompletedTask;
        }
        return next(context);
    }
}
