using System.Net;
using System.Reflection;
using System.Net.Http.Json;
using System.Text;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CxPortal.Web.Tests;

/// <summary>
/// Access, enforced everywhere. The expectations are written here from the issue's role table, not
/// read from the code's own rules, so a wrong rule in the code fails these tests.
/// </summary>
public class AccessTests
{
    private static readonly Dictionary<string, (string[] Roles, string[] Scopes)> Expected = new()
    {
        [Policies.ReadScores] = ([Roles.Admin, Roles.CxManager, Roles.SalesLead], [ApiKeyScopes.Read, ApiKeyScopes.Admin]),
        [Policies.EditInventory] = ([Roles.Admin, Roles.SalesLead], [ApiKeyScopes.Admin]),
        [Policies.Ingest] = ([Roles.Admin, Roles.SalesLead], [ApiKeyScopes.Ingest, ApiKeyScopes.Admin]),
        [Policies.Admin] = ([Roles.Admin], [ApiKeyScopes.Admin]),
        [Policies.SignedIn] = ([Roles.Admin, Roles.CxManager, Roles.SalesLead], []),
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_endpoint_and_every_page_states_an_explicit_policy()
    {
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite);

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var pages = typeof(Program).Assembly.GetTypes().Where(t => t.GetCustomAttributes<RouteAttribute>().Any()).ToList();

        endpoints.Should().NotBeEmpty();
        endpoints.Where(e => Policy(e) is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.RoutePattern.RawText + " | " + e.DisplayName).Should().BeEmpty("every endpoint needs a policy or an explicit AllowAnonymous");
        endpoints.Select(Policy).Where(p => p is not null).Should().OnlyContain(p => Expected.ContainsKey(p!), "policies must be known ones");

        pages.Should().Contain(t => t.Name == "Overview").And.Contain(t => t.Name == "Login");
        pages.Where(t => t.GetCustomAttribute<AllowAnonymousAttribute>() is null
                         && !Expected.ContainsKey(t.GetCustomAttribute<AuthorizeAttribute>()?.Policy ?? ""))
            .Select(t => t.FullName).Should().BeEmpty("every @page states a known policy or AllowAnonymous");
        pages.Where(t => t.GetCustomAttribute<AllowAnonymousAttribute>() is not null).Select(t => t.Name)
            .Should().BeEquivalentTo(["Login", "AccessDenied", "NotFound", "Error"], "only these pages are public");
    }

    [Fact]
    public async Task Every_api_endpoint_answers_401_anonymous_403_to_too_little_and_lets_the_right_roles_and_scopes_through()
    {
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite);
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Endpoint: e, Method: m)))
            .ToList();
        endpoints.Should().NotBeEmpty();

        var anonymous = app.CreateClient();
        var roles = new Dictionary<string, HttpClient>();
        foreach (var role in Roles.All)
        {
            roles[role] = await app.ClientAsAsync(role);
        }
        var scopes = ApiKeyScopes.All.ToDictionary(s => s, app.ClientWithKey);

        var failures = new List<string>();
        foreach (var (endpoint, method) in endpoints)
        {
            var policy = Policy(endpoint);
            if (policy is null)
            {
                continue; // explicitly anonymous; the test above keeps that list honest
            }
            var path = Path(endpoint);
            await Check(anonymous, "anonymous", HttpStatusCode.Unauthorized);
            foreach (var (role, client) in roles)
            {
                await Check(client, role, Expected[policy].Roles.Contains(role) ? null : HttpStatusCode.Forbidden);
            }
            foreach (var (scope, client) in scopes)
            {
                await Check(client, $"key:{scope}", Expected[policy].Scopes.Contains(scope) ? null : HttpStatusCode.Forbidden);
            }

            async Task Check(HttpClient client, string who, HttpStatusCode? expected)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT" or "PATCH")
                {
                    // Send what the endpoint accepts, or routing answers 415 before authorization is asked.
                    var multipart = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Any(t => t.StartsWith("multipart/", StringComparison.Ordinal)) == true;
                    request.Content = multipart
                        ? new MultipartFormDataContent { { new ByteArrayContent([]), "file", "empty.csv" } }
                        : new StringContent("{}", Encoding.UTF8, "application/json");
                }
                var status = (await client.SendAsync(request, Ct)).StatusCode;
                var ok = expected is { } code
                    ? status == code
                    : status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
                if (!ok)
                {
                    failures.Add($"{method} {path} as {who} ({policy}): {(int)status}, expected {(expected is null ? "allowed" : ((int)expected).ToString())}");
                }
            }
        }
        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task Protected_pages_send_anonymous_visitors_to_the_login_form()
    {
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite);
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var routes = typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<AuthorizeAttribute>() is not null)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>()).Select(r => r.Template)
            .Where(r => !r.Contains('{')).ToList();
        routes.Should().Contain(["/", "/admin", "/touchpoints"]);

        foreach (var route in routes)
        {
            var response = await client.GetAsync(route, Ct);
            response.StatusCode.Should().Be(HttpStatusCode.Redirect, route);
            response.Headers.Location!.ToString().Should().Contain("/account/login", route);
        }
    }

    [Fact]
    public async Task A_revoked_or_unknown_key_gets_401_and_a_read_key_cannot_write()
    {
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite);
        var admin = app.ClientWithKey(ApiKeyScopes.Admin);
        var created = await admin.PostAsJsonAsync("/api/api-keys", new { name = "crm", scope = "read" }, Ct);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var key = await created.Content.ReadFromJsonAsync<CreatedKey>(Ct);
        key!.Secret.Should().StartWith("cxk_").And.HaveLength(36);
        var reader = app.CreateClient();
        reader.DefaultRequestHeaders.Add("X-Api-Key", key.Secret);

        (await reader.PostAsJsonAsync("/api/api-keys", new { name = "escalate", scope = "admin" }, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await admin.GetStringAsync("/api/api-keys", Ct)).Should().Contain("crm").And.NotContain(key.Secret, "secrets are never listed");

        (await admin.DeleteAsync($"/api/api-keys/{key.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await reader.GetAsync("/api/api-keys", Ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var stranger = app.CreateClient();
        stranger.DefaultRequestHeaders.Add("X-Api-Key", "cxk_" + new string('x', 32));
        (await stranger.GetAsync("/api/users", Ct)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private sealed record CreatedKey(int Id, string Name, string Scope, string Secret);

    private static string? Policy(Endpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);

    private static string Path(RouteEndpoint endpoint) =>
        "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter =>
                parameter.ParameterPolicies.Any(p => p.Content == "int") ? "999999"
                : parameter.ParameterPolicies.Any(p => p.Content == "guid") ? Guid.Empty.ToString() // import jobs
                : "no-such-thing",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));
}
