using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using CxPortal.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace CxPortal.Web.Tests;

/// <summary>
/// The real app in memory on a fresh database of the given provider. Demo data is off unless asked
/// for, so tests control exactly what is stored.
/// </summary>
public sealed partial class CxPortalApp : WebApplicationFactory<Program>
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

    /// <summary>
    /// A client signed in as a user in <paramref name="role"/> (Admin, CxManager, SalesLead), through the
    /// real login form with its antiforgery token, so the cookie path under test is the production one.
    /// </summary>
    public HttpClient ClientAs(string role) => ClientAsAsync(role).GetAwaiter().GetResult();

    public async Task<HttpClient> ClientAsAsync(string role)
    {
        var (email, password) = await EnsureUserAsync(role);
        var client = CreateClient();
        await SignInAsync(client, email, password);
        return client;
    }

    /// <summary>A client sending a new API key of <paramref name="scope"/> (ingest, read, admin).</summary>
    public HttpClient ClientWithKey(string scope)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(AuthClaims.ApiKeyHeader, CreateApiKey(scope));
        return client;
    }

    /// <summary>Stores a key of <paramref name="scope"/> and returns its secret.</summary>
    public string CreateApiKey(string scope, string? name = null)
    {
        var secret = ApiKeySecrets.Generate();
        using var db = Database.CreateContext();
        db.ApiKeys.Add(new ApiKey
        {
            Name = name ?? $"test-{scope}-{Guid.NewGuid():N}"[..20], Scope = scope, Prefix = ApiKeySecrets.Display(secret),
            SecretHash = ApiKeySecrets.Hash(secret), CreatedAt = DateTime.UtcNow,
        });
        db.SaveChanges();
        return secret;
    }

    public async Task<(string Email, string Password)> EnsureUserAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}@test.cxportal";
        const string password = "correct horse battery staple";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is null)
        {
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = role, CreatedAt = DateTime.UtcNow };
            (await users.CreateAsync(user, password)).Succeeded.Should().BeTrue();
            (await users.AddToRoleAsync(user, role)).Succeeded.Should().BeTrue();
        }
        return (email, password);
    }

    /// <summary>Posts the login form like a browser: reads the antiforgery token, sends the fields.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
        return response;
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex AntiforgeryToken();

    /// <summary>Counts stored API keys (to show a refused request stored nothing).</summary>
    public sealed class KeyCounter(CxPortalApp app)
    {
        public async Task<int> CountAsync()
        {
            await using var db = app.Database.CreateContext();
            return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.ApiKeys);
        }
    }

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
