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
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().AllowAnonymousBlazorHub();
        return app;
    }

    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(app.Lifetime.ApplicationStopping);
    }
}
