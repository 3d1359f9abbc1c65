using System.Net;
using System.Text.Json;

namespace CxPortal.Web.Tests.Scores;

/// <summary>Reads API answers as raw JSON, so tests check the contract's exact field names.</summary>
public static class Api
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>The status and the problem document's detail of a failing request.</summary>
    public static async Task<(HttpStatusCode Status, string? Detail)> ProblemAsync(this HttpClient client, string url,
        HttpMethod? method = null)
    {
        var response = await client.SendAsync(new HttpRequestMessage(method ?? HttpMethod.Get, url), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        string? detail = null;
        if (body.Length > 0 && body.TrimStart().StartsWith('{'))
        {
            detail = JsonDocument.Parse(body).RootElement.TryGetProperty("detail", out var d) ? d.GetString() : null;
        }
        return (response.StatusCode, detail);
    }

    public static double Number(this JsonElement e, string property) => e.GetProperty(property).GetDouble();

    public static double? NumberOrNull(this JsonElement e, string property) =>
        e.GetProperty(property).ValueKind == JsonValueKind.Null ? null : e.GetProperty(property).GetDouble();

    public static JsonElement Touchpoint(this JsonElement scores, string code) =>
        scores.GetProperty("touchpoints").EnumerateArray().Single(t => t.GetProperty("code").GetString() == code);

    public static string[] Strings(this JsonElement array) => array.EnumerateArray().Select(x => x.GetString()!).ToArray();
}
