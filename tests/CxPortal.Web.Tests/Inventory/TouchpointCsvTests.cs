using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Inventory;

public class TouchpointCsvTests
{
    private const string Header =
        "code,name,description,stage,channel,owner,intentional,operationalPurpose,relationshipPurpose,trackingMode,weight,relationshipWeight";

    internal static Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv, bool dryRun = false, string fileName = "touchpoints.csv")
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        return client.PostAsync("/api/imports/touchpoints" + (dryRun ? "?dryRun=true" : ""), form, ApiJson.Ct);
    }

    private static async Task<List<string>> InventoryAsync(HttpClient reader)
    {
        var list = await reader.GetJson("/api/touchpoints?sort=code");
        return list.EnumerateArray().Select(t =>
        {
            var fields = t.EnumerateObject().Where(p => p.Name is not ("createdAt" or "updatedAt")).Select(p => $"{p.Name}={p.Value}");
            return string.Join("|", fields);
        }).ToList();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_export_neutralises_formula_cells_and_imports_back_unchanged(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        await editor.Post("/api/touchpoints", new
        {
            code = "formulas", name = "=HYPERLINK(\"http://evil\",\"click\")", description = "+1 555 0100, then \"quoted\"\nsecond line",
            stage = "awareness", channel = "advertising", owner = "@marketing", intentional = false, operationalPurpose = "-20% cost",
            relationshipPurpose = "\tindented", trackingMode = "pulsed", weight = 0.25, relationshipWeight = 0.1,
        }).Expect(HttpStatusCode.Created);
        await editor.Post("/api/touchpoints", TouchpointApiTests.Touchpoint("store-visit")).Expect(HttpStatusCode.Created);
        await editor.Post("/api/touchpoints", new { code = "cr", name = "CR", description = "\rcarriage return", stage = "decision", channel = "web" })
            .Expect(HttpStatusCode.Created);
        var before = await InventoryAsync(app.ClientAs(Roles.CxManager));

        var export = await app.ClientAs(Roles.CxManager).GetAsync("/api/exports/touchpoints.csv", ApiJson.Ct);
        export.StatusCode.Should().Be(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var csv = await export.Content.ReadAsStringAsync(ApiJson.Ct);

        csv.Should().StartWith(Header + "\r\n");
        csv.Should().Contain("formulas,\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",\"'+1 555 0100, then \"\"quoted\"\"\nsecond line\"," +
                             "awareness,advertising,\"'@marketing\",false,\"'-20% cost\",\"'\tindented\",pulsed,0.25,0.1\r\n");
        csv.Should().Contain("cr,CR,\"'\rcarriage return\",decision,web,,true,,,persistent,1,0.5\r\n");
        csv.Should().Contain("store-visit,Store visit,Customer visits a store,decision,store,Retail,true,Conversion,Feel welcome,periodic,2,0.7\r\n");

        // Into an empty inventory: the same touchpoints come back.
        await using var other = await CxPortalApp.StartAsync(provider);
        var created = await ImportAsync(other.ClientAs(Roles.SalesLead), csv).Expect(HttpStatusCode.OK);
        created.GetProperty("rowsRead").GetInt32().Should().Be(3);
        created.GetProperty("created").GetInt32().Should().Be(3);
        created.GetProperty("stored").GetBoolean().Should().BeTrue();
        (await InventoryAsync(other.ClientAs(Roles.CxManager))).Should().Equal(before);

        // Into the same inventory after edits: the file restores it, and a second run changes nothing.
        await editor.Put("/api/touchpoints/store-visit", TouchpointApiTests.Touchpoint("store-visit", name: "Renamed", weight: 9)).Expect(HttpStatusCode.OK);
        var restored = await ImportAsync(editor, csv).Expect(HttpStatusCode.OK);
        var again = await ImportAsync(editor, csv).Expect(HttpStatusCode.OK);
        restored.GetProperty("updated").GetInt32().Should().Be(1);
        restored.GetProperty("unchanged").GetInt32().Should().Be(2);
        again.GetProperty("unchanged").GetInt32().Should().Be(3);
        again.GetProperty("updated").GetInt32().Should().Be(0);
        (await InventoryAsync(app.ClientAs(Roles.CxManager))).Should().Equal(before);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_rows_are_reported_with_their_lines_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var csv = string.Join("\n",
            Header,
            "ad,Banner ad,,awareness,advertising,Marketing,true,,,pulsed,1,0.5",
            "shop,Shop,,nowhere,store,Retail,yes,,,,,",
            "call,Call,,decision,call-center,Care,no,,,,abc,2",
            "letter,Letter,\"Two",
            "lines\",retention,email,,1,,,periodic,0.5,0.5",
            "ad,Banner again,,awareness,web,,true,,,,,",
            "mail,Mail,,retention,email,,maybe,,,weekly,,",
            "Bad Code,,,decision,web,,,,,,,");

        var problem = await ImportAsync(app.ClientAs(Roles.SalesLead), csv).Expect(HttpStatusCode.BadRequest);

        problem.Str("detail").Should().Be("5 lines have problems; nothing was stored.");
        problem.GetProperty("rowsRead").GetInt32().Should().Be(7);
        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt64(), e.Str("field"), e.Str("message"))).ToList();
        errors.Should().BeEquivalentTo(new[]
        {
            (3L, "stage", "Stage 'nowhere' does not exist. Known stages: awareness, consideration, decision, retention."),
            (4L, "weight", "'abc' is not a number (use a dot for decimals)."),
            (4L, "relationshipWeight", "Relationship weight must be between 0 and 1."),
            (7L, "code", "Code 'ad' is already on line 2; a file lists each touchpoint once."),
            (8L, "intentional", "'maybe' is not true or false."),
            (8L, "trackingMode", "Tracking mode 'weekly' is not one of persistent, periodic, pulsed."),
            (9L, "code", Infrastructure.Validation.Slug.Problem("Bad Code")),
            (9L, "name", "Name is required."),
        });
        errors.Select(e => e.Item1).Should().BeInAscendingOrder();
        await using var db = app.Database.CreateContext();
        (await db.Touchpoints.CountAsync(ApiJson.Ct)).Should().Be(0);
        (await db.AuditEntries.CountAsync(ApiJson.Ct)).Should().Be(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_dry_run_reports_what_would_happen_and_stores_nothing(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);
        await editor.Post("/api/touchpoints", TouchpointApiTests.Touchpoint("ad", name: "Old name", stage: "awareness", channel: "advertising"))
            .Expect(HttpStatusCode.Created);
        var csv = Header + "\r\n" +
                  "ad,Banner ad,,awareness,advertising,Marketing,true,,,pulsed,1,0.5\r\n" +
                  "shop,Shop,,decision,store,,,,,,,\r\n";

        var dry = await ImportAsync(editor, csv, dryRun: true).Expect(HttpStatusCode.OK);

        dry.GetProperty("dryRun").GetBoolean().Should().BeTrue();
        dry.GetProperty("stored").GetBoolean().Should().BeFalse();
        dry.GetProperty("created").GetInt32().Should().Be(1);
        dry.GetProperty("updated").GetInt32().Should().Be(1);
        dry.GetProperty("errors").GetArrayLength().Should().Be(0);
        await using (var db = app.Database.CreateContext())
        {
            (await db.Touchpoints.Select(t => t.Name).ToListAsync(ApiJson.Ct)).Should().Equal("Old name");
        }

        var real = await ImportAsync(editor, csv).Expect(HttpStatusCode.OK);
        real.GetProperty("stored").GetBoolean().Should().BeTrue();
        var shop = await app.ClientAs(Roles.CxManager).GetJson("/api/touchpoints/shop");
        shop.Str("trackingMode").Should().Be("persistent");
        shop.GetProperty("weight").GetDouble().Should().Be(1);
        shop.GetProperty("relationshipWeight").GetDouble().Should().Be(0.5);
        shop.GetProperty("intentional").GetBoolean().Should().BeTrue();
        (await app.ClientAs(Roles.CxManager).GetJson("/api/touchpoints/ad")).Str("name").Should().Be("Banner ad");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_file_without_the_columns_or_without_a_file_is_refused(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var editor = app.ClientAs(Roles.SalesLead);

        var missing = await ImportAsync(editor, "code,name,stage\nad,Ad,awareness\n").Expect(HttpStatusCode.BadRequest);
        var empty = await ImportAsync(editor, "").Expect(HttpStatusCode.BadRequest);
        var headerOnly = await ImportAsync(editor, Header + "\n").Expect(HttpStatusCode.BadRequest);
        var noFile = await editor.PostAsync("/api/imports/touchpoints", new MultipartFormDataContent { { new StringContent("x"), "other" } }, ApiJson.Ct)
            .Expect(HttpStatusCode.BadRequest);

        var missingFields = missing.GetProperty("errors").EnumerateArray().Select(e => e.Str("field")).ToList();
        missingFields.Should().Equal("description", "channel", "owner", "intentional", "operationalPurpose", "relationshipPurpose",
            "trackingMode", "weight", "relationshipWeight");
        missing.GetProperty("errors")[0].GetProperty("line").GetInt64().Should().Be(1);
        missing.GetProperty("errors")[0].Str("message").Should().Be("Column 'description' is missing. The header needs the columns " +
            "code, name, description, stage, channel, owner, intentional, operationalPurpose, relationshipPurpose, trackingMode, weight, relationshipWeight.");
        empty.GetProperty("errors")[0].Str("message").Should().StartWith("The file is empty.");
        headerOnly.GetProperty("errors")[0].Str("message").Should().Be("The file has a header but no touchpoints.");
        noFile.Str("detail").Should().Be("Send the CSV as multipart/form-data in a field named 'file'.");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Header_names_match_without_case_and_extra_columns_are_ignored(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var csv = "Notes," + Header.ToUpperInvariant() + "\n" +
                  "ignore me,web-shop,Web shop,,consideration,web,E-commerce,TRUE,,,Periodic,1.5,0.25\n";

        var report = await ImportAsync(app.ClientAs(Roles.SalesLead), csv).Expect(HttpStatusCode.OK);

        report.GetProperty("created").GetInt32().Should().Be(1);
        var shop = await app.ClientAs(Roles.CxManager).GetJson("/api/touchpoints/web-shop");
        shop.Str("trackingMode").Should().Be("periodic");
        shop.GetProperty("weight").GetDouble().Should().Be(1.5);
        shop.GetProperty("relationshipWeight").GetDouble().Should().Be(0.25);
        shop.Str("owner").Should().Be("E-commerce");
        JsonSerializer.Serialize(shop).Should().NotContain("ignore me");
    }
}
