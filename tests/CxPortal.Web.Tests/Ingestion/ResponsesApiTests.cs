using System.Net;
using System.Text.Json;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;
using CxPortal.Web.Tests.Inventory;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Ingestion;

public class ResponsesApiTests
{
    private static object Rating(string id, int score, string touchpoint = "tp-1", string scale = "csat5",
        string at = "2026-03-02T10:00:00Z", object? segments = null, string? comment = null) =>
        new { id, touchpoint, scale, score, respondedAt = at, respondent = "r-" + id, segments, comment };

    private static object Batch(params object[] responses) => new { responses };

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_batch_is_stored_with_its_counts_and_sending_it_again_stores_nothing(DatabaseProvider provider)
    {
        await using var app = await IngestionData.StartAsync(provider);
        var client = app.ClientWithKey(ApiKeyScopes.Ingest);
        var batch = Batch(
            Rating("a", 5, segments: new { region = "EMEA" }, comment: "Great"),
            Rating("b", 4, touchpoint: "tp-2", segments: new { region = "APAC" }),
            Rating("c", 9, scale: "nps", at: "2026-03-03T23:30:00+02:00"),
            new { id = "d", journey = "journey", scale = "nps", score = 10, respondedAt = "2026-03-04T08:00:00Z" });

        var first = await client.Post("/api/responses", batch).Expect(HttpStatusCode.OK);
        first.GetProperty("accepted").GetInt32().Should().Be(4);
        first.GetProperty("duplicates").GetInt32().Should().Be(0);

        (await IngestionData.StoredAsync(app)).Should().Be(new IngestionData.Stored(4, 2, 4, 2));
        await IngestionData.ShouldMatchRecountAsync(app);
        await using (var db = app.Database.CreateContext())
        {
            var c = await db.Responses.SingleAsync(r => r.ExternalId == "c", ApiJson.Ct);
            c.RespondedAt.Should().Be(new DateTime(2026, 3, 3, 21, 30, 0, DateTimeKind.Utc), "offsets are turned into UTC");
            c.Day.Should().Be(new DateOnly(2026, 3, 3));
            (await db.Responses.SingleAsync(r => r.ExternalId == "d", ApiJson.Ct)).JourneyId.Should().NotBeNull();
            (await db.Responses.SingleAsync(r => r.ExternalId == "a", ApiJson.Ct)).Comment.Should().Be("Great");
        }

        var again = await client.Post("/api/responses", batch).Expect(HttpStatusCode.OK);
        again.GetProperty("accepted").GetInt32().Should().Be(0);
        again.GetProperty("duplicates").GetInt32().Should().Be(4);
        (await IngestionData.StoredAsync(app)).Should().Be(new IngestionData.Stored(4, 2, 4, 2));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_invalid_item_is_named_with_its_field_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var app = await IngestionData.StartAsync(provider);
        var client = app.ClientAs(Roles.SalesLead);
        var tomorrowAndMore = DateTime.UtcNow.AddDays(1).AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");

        var problem = await client.Post("/api/responses", Batch(
            Rating("ok", 3),
            Rating("score", 11, scale: "nps"),
            Rating("tp", 3, touchpoint: "no-such-touchpoint"),
            Rating("scale", 3, scale: "stars"),
            Rating("dim", 3, segments: new { planet = "Mars" }),
            Rating("future", 3, at: tomorrowAndMore),
            Rating("comment", 3, comment: new string('x', 4_001)),
            new { id = "both", touchpoint = "tp-1", journey = "journey", scale = "csat5", score = 3, respondedAt = "2026-03-02T10:00:00Z" },
            Rating("ok", 4))).Expect(HttpStatusCode.BadRequest);

        var errors = Errors(problem);
        errors.Should().BeEquivalentTo(new[]
        {
            (1, "score", "11 is outside nps (0–10)"),
            (2, "touchpoint", "Touchpoint 'no-such-touchpoint' does not exist."),
            (3, "scale", "Scale 'stars' does not exist."),
            (4, "segments.planet", "Segment dimension 'planet' does not exist."),
            (5, "respondedAt", $"respondedAt {tomorrowAndMore} is more than a day in the future."),
            (6, "comment", "comment must be at most 4,000 characters (it has 4,001)."),
            (7, "touchpoint", "Give exactly one of touchpoint and journey: a rating is about one touchpoint or about a whole journey."),
            (8, "id", "id 'ok' is repeated; it is first given at index 0."),
        });
        problem.Str("detail").Should().Be("8 responses are not valid; nothing was stored.");
        (await IngestionData.StoredAsync(app)).Should().Be(new IngestionData.Stored(0, 0, 0, 0));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_stored_id_with_other_content_is_a_409_for_that_item_and_the_batch_stores_nothing(DatabaseProvider provider)
    {
        await using var app = await IngestionData.StartAsync(provider);
        var client = app.ClientWithKey(ApiKeyScopes.Ingest);
        await client.Post("/api/responses", Batch(Rating("a", 5), Rating("b", 4))).Expect(HttpStatusCode.OK);

        var problem = await client.Post("/api/responses", Batch(Rating("new", 2), Rating("a", 5), Rating("b", 1)))
            .Expect(HttpStatusCode.Conflict);

        Errors(problem).Should().Equal((2, "id", "id 'b' is already stored with different content"));
        (await IngestionData.StoredAsync(app)).Should().Be(new IngestionData.Stored(2, 0, 2, 0));
        await using var db = app.Database.CreateContext();
        (await db.Responses.SingleAsync(r => r.ExternalId == "b", ApiJson.Ct)).Score.Should().Be(4);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task More_than_5000_items_is_a_413_and_5000_are_stored(DatabaseProvider provider)
    {
        await using var app = await IngestionData.StartAsync(provider);
        var client = app.ClientWithKey(ApiKeyScopes.Ingest);

        var tooMany = await client.Post("/api/responses", Batch(Enumerable.Range(0, 5_001).Select(i => Rating($"r{i}", 1 + i % 5)).ToArray()))
            .Expect(HttpStatusCode.RequestEntityTooLarge);
        tooMany.Str("detail").Should().Be("The batch has 5,001 responses; send at most 5,000 per request.");
        (await IngestionData.StoredAsync(app)).Responses.Should().Be(0);

        var full = await client.Post("/api/responses", Batch(Enumerable.Range(0, 5_000).Select(i => Rating($"r{i}", 1 + i % 5)).ToArray()))
            .Expect(HttpStatusCode.OK);
        full.GetProperty("accepted").GetInt32().Should().Be(5_000);
        (await IngestionData.StoredAsync(app)).Should().Be(new IngestionData.Stored(5_000, 0, 5_000, 0));
        await IngestionData.ShouldMatchRecountAsync(app);
    }

    [Fact]
    public async Task A_body_that_is_not_the_contract_gets_a_400_that_says_why()
    {
        await using var app = await IngestionData.StartAsync(DatabaseProvider.Sqlite);
        var client = app.ClientWithKey(ApiKeyScopes.Ingest);

        (await client.Post("/api/responses", new { items = Array.Empty<object>() }).Expect(HttpStatusCode.BadRequest))
            .Str("detail").Should().Contain("'responses' array");
        var notJson = await client.PostAsync("/api/responses",
            new StringContent("{\"responses\": [", System.Text.Encoding.UTF8, "application/json"), ApiJson.Ct).Expect(HttpStatusCode.BadRequest);
        notJson.Str("detail").Should().StartWith("The body is not valid JSON");
    }

    private static IReadOnlyList<(int Index, string Field, string Message)> Errors(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("index").GetInt32(), e.Str("field"), e.Str("message"))).ToList();
}
