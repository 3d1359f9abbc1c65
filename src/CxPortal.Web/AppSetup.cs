using CxPortal.Web.Components;
using CxPortal.Web.Features.Health;
using CxPortal.Web.Features.Accounts;
using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Auth;

namespace CxPortal.Web;

public static class AppSetup
{
    public static WebApplication UseCxPortal(this WebApplication app)
    {
        app.UseCxPortalRequestLogging();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        app.UseCxPortalSecurityHeaders();
        app.UseStatusCodePages(StatusCodeResponses.WriteAsync);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<MustChangePasswordMiddleware>();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthEndpoints();
        app.MapOpenApi().AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapCxPortalApi();
        // No per-message compression on the circuits' WebSockets: each compressed connection holds
        // ~280 KB of zlib state (28 MB at 100 open dashboards, bench part d) to save bandwidth on
        // render diffs that are small already.
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode(o => o.DisableWebSocketCompression = true)
            .AllowAnonymousBlazorHub();
        return app;
    }

    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(app.Lifetime.ApplicationStopping);
    }
}
