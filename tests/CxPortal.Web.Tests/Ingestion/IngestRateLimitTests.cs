using System.Net;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Web.Tests.Inventory;

namespace CxPortal.Web.Tests.Ingestion;

public class IngestRateLimitTests
{
    [Fact]
    public async Task Ingestion_beyond_the_per_key_rate_gets_429_with_retry_after_while_another_key_goes_on()
    {
        // One request a second with bursts of two: the third request at once is refused.
        await using var app = await CxPortalApp.StartAsync(DatabaseProvider.Sqlite,
            settings: new Dictionary<string, string?> { ["RateLimits:IngestPerSecond"] = "1" });
        var busy = app.ClientWithKey(ApiKeyScopes.Ingest);
        var body = new { responses = Array.Empty<object>() };

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await busy.Post("/api/responses", body);
            statuses.Add(last.StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        last.Headers.GetValues("Retry-After").Single().Should().Be("1");
        (await app.ClientWithKey(ApiKeyScopes.Ingest).Post("/api/responses", body)).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
