using CxPortal.Web.Components;
using CxPortal.Web.Features.Health;
using CxPortal.Web.Infrastructure;

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
        app.UseStatusCodePages(StatusCodeResponses.WriteAsync);
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthEndpoints();
        app.MapOpenApi();
        app.MapCxPortalApi();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(app.Lifetime.ApplicationStopping);
    }
}
