using CxPortal.Data;
using CxPortal.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace CxPortal.Web.Tests;

/// <summary>
/// The real app in memory on a fresh database of the given provider. Demo data is off unless asked
/// for, so tests control exactly what is stored.
/// </summary>
public sealed class CxPortalApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    private CxPortalApp(TestDatabase database, IDictionary<string, string?> settings)
    {
        Database = database;
        _settings = new Dictionary<string, string?>(database.AppSettings) { ["Demo:Seed"] = "false" };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    public TestDatabase Database { get; }

    public static async Task<CxPortalApp> StartAsync(DatabaseProvider provider, bool demo = false,
        IDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var app = new CxPortalApp(database, settings ?? new Dictionary<string, string?>());
        app._settings["Demo:Seed"] = demo ? "true" : "false";
        _ = app.Server; // start now: migrations, reference data and demo seeding run here
        return app;
    }

    /// <summary>A client signed in as a user in <paramref name="role"/> (Admin, CxManager, SalesLead).</summary>
    public HttpClient ClientAs(string role) => CreateClient();

    /// <summary>A client sending an API key of <paramref name="scope"/> (ingest, read, admin).</summary>
    public HttpClient ClientWithKey(string scope) => CreateClient();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}
