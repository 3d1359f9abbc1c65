using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CxPortal.Web.Tests.Inventory;

/// <summary>Small helpers for JSON calls and problem documents in API tests.</summary>
internal static class ApiJson
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<JsonElement> Json(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJson(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Json();
    }

    public static Task<HttpResponseMessage> Post(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body, Ct);

    public static Task<HttpResponseMessage> Put(this HttpClient client, string path, object body) =>
        client.PutAsJsonAsync(path, body, Ct);

    /// <summary>Asserts the status and returns the body (the problem document for failures).</summary>
    public static async Task<JsonElement> Expect(this Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var response = await call;
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.Should().Be(status, text);
        if (status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.Conflict)
        {
            response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        }
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The messages of one field of a validation problem (<c>errors: {field: [..]}</c>).</summary>
    public static IReadOnlyList<string> ErrorsOf(this JsonElement problem, string field) =>
        problem.GetProperty("errors").TryGetProperty(field, out var messages)
            ? messages.EnumerateArray().Select(m => m.GetString()!).ToList()
            : [];

    public static IReadOnlyList<string> ErrorFields(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();

    public static string Str(this JsonElement e, string property) => e.GetProperty(property).GetString()!;

    public static IReadOnlyList<string> Codes(this JsonElement list) =>
        list.EnumerateArray().Select(e => e.Str("code")).ToList();
}
