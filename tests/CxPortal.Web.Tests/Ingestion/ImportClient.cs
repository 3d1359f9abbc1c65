using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CxPortal.Web.Tests.Inventory;

namespace CxPortal.Web.Tests.Ingestion;

/// <summary>Uploads CSV files to /api/imports and waits for their jobs, as a script would.</summary>
internal static class ImportClient
{
    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string path, string csv, string fileName = "upload.csv",
        IDictionary<string, string>? fields = null) =>
        client.UploadAsync(path, Encoding.UTF8.GetBytes(csv), fileName, fields);

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string path, byte[] bytes, string fileName = "upload.csv",
        IDictionary<string, string>? fields = null) =>
        client.UploadAsync(path, new ByteArrayContent(bytes), fileName, fields);

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string path, HttpContent file, string fileName,
        IDictionary<string, string>? fields = null)
    {
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }
        return client.PostAsync(path, form, ApiJson.Ct);
    }

    /// <summary>Uploads, expects 202 with a Location, and polls the job until it has finished.</summary>
    public static async Task<JsonElement> ImportAsync(this HttpClient client, string path, string csv, IDictionary<string, string>? fields = null) =>
        await client.FinishAsync(await client.UploadAsync(path, csv, fields: fields));

    public static async Task<JsonElement> FinishAsync(this HttpClient client, HttpResponseMessage accepted)
    {
        var body = await accepted.Content.ReadAsStringAsync(ApiJson.Ct);
        accepted.StatusCode.Should().Be(HttpStatusCode.Accepted, body);
        var location = accepted.Headers.Location!.OriginalString;
        location.Should().StartWith("/api/imports/");
        return await client.WaitAsync(location);
    }

    public static async Task<JsonElement> WaitAsync(this HttpClient client, string location)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var job = await client.GetJson(location);
            if (job.Str("state") is not ("queued" or "running"))
            {
                return job;
            }
            DateTime.UtcNow.Should().BeBefore(deadline, "the import job should finish");
            await Task.Delay(100, ApiJson.Ct);
        }
    }

    public static JsonElement Report(this JsonElement job) => job.GetProperty("report");

    public static long Count(this JsonElement report, string property) => report.GetProperty(property).GetInt64();

    public static IReadOnlyList<(long Line, string Reason)> Rejected(this JsonElement report) =>
        report.GetProperty("rejected").EnumerateArray().Select(r => (r.GetProperty("line").GetInt64(), r.Str("reason"))).ToList();
}
