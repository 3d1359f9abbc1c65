using System.Net;
using CxPortal.Data;

namespace CxPortal.Web.Tests;

public class HardeningTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_carry_a_content_security_policy_and_the_usual_protective_headers()
    {
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite);

        var response = await app.CreateClient().GetAsync("/account/login", Ct);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("object-src 'none'").And.Contain("frame-ancestors 'none'").And.Contain("base-uri 'self'")
            .And.Contain("script-src 'self'").And.NotContain("unsafe-eval");
        csp.Should().NotMatchRegex("script-src[^;]*unsafe-inline", "inline scripts stay blocked");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().Should().Be("strict-origin-when-cross-origin");
    }

    [Fact]
    public async Task Https_responses_outside_development_carry_a_year_of_hsts()
    {
        // ASP.NET never sends HSTS to localhost, so the request names a real host.
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite);
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://cx.example.com") });

        var response = await client.GetAsync("/account/login", Ct);

        response.Headers.GetValues("Strict-Transport-Security").Single().Should().Contain("max-age=31536000");
    }

    [Fact]
    public async Task Login_posts_beyond_the_limit_get_429_with_retry_after()
    {
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["RateLimits:LoginPerMinute"] = "3" });
        var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await CxPortalApp.SignInAsync(client, "nobody@example.com", "wrong password");
            statuses.Add(last.StatusCode);
        }

        statuses.Take(3).Should().OnlyContain(s => s == HttpStatusCode.OK);
        statuses[3].Should().Be(HttpStatusCode.TooManyRequests);
        int.Parse(last.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(1, 60);
    }

    [Fact]
    public async Task Request_bodies_over_the_limit_are_refused()
    {
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite);
        var admin = app.ClientWithKey("admin");

        var huge = new StringContent("{\"name\":\"" + new string('x', 17 * 1024 * 1024) + "\",\"scope\":\"read\"}", System.Text.Encoding.UTF8, "application/json");
        var response = await admin.PostAsync("/api/api-keys", huge, Ct);

        response.StatusCode.Should().BeOneOf(HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.BadRequest);
        (await new CxPortalApp.KeyCounter(app).CountAsync()).Should().Be(1, "only the test's own key exists");
    }
}
