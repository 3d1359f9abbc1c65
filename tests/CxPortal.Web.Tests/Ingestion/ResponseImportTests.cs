using System.Net;
using System.Text;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;
using CxPortal.Web.Tests.Inventory;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Ingestion;

public class ResponseImportTests
{
    private const string Header = "id,touchpoint,journey,scale,score,respondedAt,respondent,comment,region";
    private const string Imports = "/api/imports/responses";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_long_file_with_bom_semicolons_and_quoted_comments_is_stored_and_a_second_import_finds_only_duplicates(DatabaseProvider provider)
    {
        await using var app = await IngestionData.StartAsync(provider);
        var client = app.ClientWithKey(ApiKeyScopes.Ingest);
        var csv = "\uFEFF" + string.Join("\r\n",
            "id;touchpoint;journey;scale;score;respondedAt;respondent;comment;region",
            "r1;tp-1;;csat5;5;2026-03-02T10:00:00Z;p1;\"Quick; friendly \"\"really\"\"\nand kind\";EMEA",
            "r2;tp-2;;csat5;2;2026-03-02;p1;;APAC",
            "r3;;journey;nps;9;2026-03-03T08:15:00+01:00;p2;;",
            "");

        var job = await client.ImportAsync(Imports, csv);

        job.Str("state").Should().Be("succeeded");
        var report = job.Report();
        (report.Count("rowsRead"), report.Count("accepted"), report.Count("duplicates"), report.Count("rejectedRows")).Should().Be((3, 3, 0, 0));
        report.GetProperty("stored").GetBoolean().Should().BeTrue();
        job.GetProperty("rowsDone").GetInt64().Should().Be(3);
        job.GetProperty("rowsTotal").GetInt64().Should().Be(3);
        (await IngestionData.StoredAsync(app)).Should().Be(new IngestionData.Stored(3, 2, 3, 2));
        await IngestionData.ShouldMatchRecountAsync(app);
        await using (var db = app.Database.CreateContext())
        {
            (await db.Responses.SingleAsync(r => r.ExternalId == "r1", ApiJson.Ct)).Comment.Should().Be("Quick; friendly \"really\"\nand kind");
            (await db.Responses.SingleAsync(r => r.ExternalId == "r3", ApiJson.Ct)).Day.Should().Be(new DateOnly(2026, 3, 3));
        }

        var again = (await client.ImportAsync(Imports, csv)).Report();
        (again.Count("rowsRead"), again.Count("accepted"), again.Count("duplicates")).Should().Be((3, 0, 3));
        (await IngestionData.StoredAsync(app)).Should().Be(new IngestionData.Stored(3, 2, 3, 2));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task One_bad_row_rejects_the_file_unless_invalid_rows_are_skipped_and_a_dry_run_stores_nothing(DatabaseProvider provider)
    {
        await using var app = await IngestionData.StartAsync(provider);
        var client = app.ClientAs(Roles.SalesLead);
        var csv = Lines(Header, "a,tp-1,,csat5,4,2026-03-02,,,", "b,tp-1,,csat5,9,2026-03-02,,,", "c,tp-3,,csat5,1,2026-03-02,,,EMEA");

        var dry = await client.ImportAsync(Imports, Lines(Header, "a,tp-1,,csat5,4,2026-03-02,,,"), new Dictionary<string, string> { ["dryRun"] = "true" });
        dry.Str("state").Should().Be("succeeded");
        (dry.Report().Count("accepted"), dry.Report().GetProperty("stored").GetBoolean()).Should().Be((1, false));

        var strict = await client.ImportAsync(Imports, csv);
        strict.Str("state").Should().Be("failed");
        strict.Str("error").Should().Be("Line 3: score: 9 is outside csat5 (1–5) Nothing was stored.");
        strict.Report().Rejected().Should().Equal((3L, "score: 9 is outside csat5 (1–5)"));
        (await IngestionData.StoredAsync(app)).Responses.Should().Be(0);

        var lenient = await client.ImportAsync(Imports, csv, new Dictionary<string, string> { ["skipInvalid"] = "true" });
        lenient.Str("state").Should().Be("succeeded");
        (lenient.Report().Count("accepted"), lenient.Report().Count("rejectedRows")).Should().Be((2, 1));
        (await IngestionData.StoredAsync(app)).Should().Be(new IngestionData.Stored(2, 1, 2, 1));
        await IngestionData.ShouldMatchRecountAsync(app);
    }

    public static TheoryData<DatabaseProvider, string, string, long, string> BadFiles()
    {
        var cases = new (string Name, string Csv, long Line, string Reason)[]
        {
            ("score outside the scale", Lines(Header, "a,tp-1,,nps,11,2026-03-02,,,"), 2, "score: 11 is outside nps (0–10)"),
            ("unknown touchpoint", Lines(Header, "a,tp-9,,csat5,3,2026-03-02,,,"), 2, "touchpoint: Touchpoint 'tp-9' does not exist."),
            ("unknown scale", Lines(Header, "a,tp-1,,stars,3,2026-03-02,,,"), 2, "scale: Scale 'stars' does not exist."),
            ("unknown dimension", Lines("id,touchpoint,scale,score,respondedAt,planet", "a,tp-1,csat5,3,2026-03-02,Mars"), 1,
                "Column 'planet' is not a long-format column, and segment dimension 'planet' does not exist."),
            ("unbalanced quotes", Lines(Header, "a,tp-1,,csat5,3,2026-03-02,,\"never closed,", "b,tp-1,,csat5,3,2026-03-02,,,"), 2,
                "A quoted value is never closed (unbalanced quotes); it runs to the end of the file."),
            ("wrong column count", Lines(Header, "a,tp-1,,csat5,3,2026-03-02,,,", "b,tp-1,csat5,3"), 3,
                "The row does not have the header's 9 fields; a value with the separator in it needs double quotes."),
            ("empty", "\r\n\r\n", 1, "The file is empty: it has no header line."),
            ("header only", Header + "\r\n", 1, "The file has a header but no rows."),
            ("duplicate ids", Lines(Header, "a,tp-1,,csat5,3,2026-03-02,,,", "a,tp-2,,csat5,4,2026-03-02,,,"), 3,
                "id: id 'a' is repeated; first given at 2"),
            ("not a number", Lines(Header, "a,tp-1,,csat5,four,2026-03-02,,,"), 2, "score: 'four' is not a whole number."),
        };
        var data = new TheoryData<DatabaseProvider, string, string, long, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var c in cases)
            {
                data.Add(provider, c.Name, c.Csv, c.Line, c.Reason);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_rejected_with_its_line_and_reason_and_changes_nothing(
        DatabaseProvider provider, string name, string csv, long line, string reason)
    {
        await using var app = await IngestionData.StartAsync(provider);
        var client = app.ClientWithKey(ApiKeyScopes.Ingest);
        await client.Post("/api/responses", new { responses = new[] { new { id = "kept", touchpoint = "tp-1", scale = "csat5", score = 3, respondedAt = "2026-03-01" } } })
            .Expect(HttpStatusCode.OK);

        var job = await client.ImportAsync(Imports, csv);

        job.Str("state").Should().Be("failed", name);
        job.Report().Rejected().Should().ContainSingle(name).Which.Should().Be((line, reason));
        job.Report().GetProperty("stored").GetBoolean().Should().BeFalse();
        (await IngestionData.StoredAsync(app)).Should().Be(new IngestionData.Stored(1, 0, 1, 0), name);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Empty_and_non_utf8_uploads_are_refused_at_once_and_no_job_is_made(DatabaseProvider provider)
    {
        await using var app = await IngestionData.StartAsync(provider);
        var client = app.ClientWithKey(ApiKeyScopes.Ingest);
        var latin1 = Encoding.Latin1.GetBytes(Lines(Header, "a,tp-1,,csat5,3,2026-03-02,,Très bien,"));

        (await client.UploadAsync(Imports, []).Expect(HttpStatusCode.BadRequest)).Str("detail").Should().Be("The file is empty (0 bytes).");
        (await client.UploadAsync(Imports, latin1).Expect(HttpStatusCode.BadRequest)).Str("detail").Should().Be(
            "The file is not UTF-8 text: byte 0xE8 on line 2 is not valid UTF-8. Save it as \"CSV UTF-8\" and upload it again.");
        (await client.PostAsync(Imports, new StringContent("id\n"), ApiJson.Ct)).StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);

        await using var db = app.Database.CreateContext();
        (await db.ImportJobs.CountAsync(ApiJson.Ct)).Should().Be(0);
        Directory.EnumerateFiles(UploadFolder(app)).Should().BeEmpty("refused uploads are deleted");
    }

    [Fact]
    public async Task A_finished_job_cannot_be_cancelled_and_an_unknown_one_is_404()
    {
        await using var app = await IngestionData.StartAsync(DatabaseProvider.Sqlite);
        var client = app.ClientWithKey(ApiKeyScopes.Ingest);
        var job = await client.ImportAsync(Imports, Lines(Header, "a,tp-1,,csat5,4,2026-03-02,,,"));

        (await client.PostAsync($"/api/imports/{job.Str("id")}/cancel", null, ApiJson.Ct).Expect(HttpStatusCode.Conflict))
            .Str("detail").Should().Be("The import has already finished (succeeded).");
        (await client.GetAsync($"/api/imports/{Guid.NewGuid()}", ApiJson.Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        Directory.EnumerateFiles(UploadFolder(app)).Should().BeEmpty("a finished job deletes its upload");
    }

    internal static string UploadFolder(CxPortalApp app) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(app.Services)["Imports:UploadFolder"]!;

    internal static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";
}
