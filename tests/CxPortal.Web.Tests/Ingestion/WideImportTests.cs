using System.Net;
using System.Text.Json;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;
using CxPortal.Web.Tests.Inventory;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Ingestion;

public class WideImportTests
{
    private const string Imports = "/api/imports/responses";

    private static readonly object Mapping = new
    {
        respondentColumn = "Respondent",
        dateColumn = "Date",
        naCodes = new[] { "0" },
        columns = new[]
        {
            new { column = "Website", touchpoint = "tp-1", scale = "csat5" },
            new { column = "Store", touchpoint = "tp-2", scale = "csat5" },
        },
        overall = new { column = "Overall", journey = "journey", scale = "nps" },
        segments = new[] { new { column = "Region", dimension = "region" } },
    };

    private const string Survey = "Respondent,Date,Website,Store,Overall,Region\r\n" +
                                  "p1,2026-03-02,5,0,9,EMEA\r\n" +
                                  "p2,2026-03-03T18:00:00Z,3,4,,APAC\r\n";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Each_rated_column_becomes_a_response_with_an_id_from_respondent_and_touchpoint_and_na_cells_are_skipped(DatabaseProvider provider)
    {
        await using var app = await IngestionData.StartAsync(provider);
        var client = app.ClientWithKey(ApiKeyScopes.Ingest);
        var fields = new Dictionary<string, string> { ["format"] = "wide", ["mapping"] = JsonSerializer.Serialize(Mapping) };

        var job = await client.ImportAsync(Imports, Survey, fields);

        job.Str("state").Should().Be("succeeded");
        (job.Report().Count("rowsRead"), job.Report().Count("accepted")).Should().Be((2, 4));
        await using (var db = app.Database.CreateContext())
        {
            var stored = await db.Responses.OrderBy(r => r.ExternalId)
                .Select(r => new { r.ExternalId, r.Score, r.RespondentId, r.Day, Segments = r.Segments.Count }).ToListAsync(ApiJson.Ct);
            stored.Select(r => (r.ExternalId, r.Score)).Should().Equal(("p1/overall/journey", 9), ("p1/tp-1", 5), ("p2/tp-1", 3), ("p2/tp-2", 4));
            stored.Should().OnlyContain(r => r.Segments == 1);
            stored.Single(r => r.ExternalId == "p2/tp-2").Day.Should().Be(new DateOnly(2026, 3, 3));
        }
        await IngestionData.ShouldMatchRecountAsync(app);

        var again = (await client.ImportAsync(Imports, Survey, fields)).Report();
        (again.Count("accepted"), again.Count("duplicates")).Should().Be((0, 4));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_saved_mapping_is_listed_and_imports_by_name(DatabaseProvider provider)
    {
        await using var app = await IngestionData.StartAsync(provider);
        var client = app.ClientAs(Roles.SalesLead);

        await client.Post("/api/imports/mappings", new { name = "Quarterly survey", mapping = Mapping }).Expect(HttpStatusCode.OK);
        var list = await client.GetJson("/api/imports/mappings");
        list.EnumerateArray().Select(m => m.Str("name")).Should().Equal("Quarterly survey");
        list[0].GetProperty("mapping").GetProperty("columns")[1].Str("touchpoint").Should().Be("tp-2");

        var job = await client.ImportAsync(Imports, Survey, new Dictionary<string, string> { ["format"] = "wide", ["mappingName"] = "Quarterly survey" });
        job.Report().Count("accepted").Should().Be(4);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_mapping_that_names_unknown_codes_or_a_missing_column_is_refused_with_the_name(DatabaseProvider provider)
    {
        await using var app = await IngestionData.StartAsync(provider);
        var client = app.ClientWithKey(ApiKeyScopes.Ingest);
        var bad = new
        {
            respondentColumn = "Respondent", fixedDate = "2026-03-01",
            columns = new[] { new { column = "Website", touchpoint = "web-site", scale = "stars" } },
            segments = new[] { new { column = "Region", dimension = "planet" } },
        };

        var problem = await client.UploadAsync(Imports, Survey, fields: new Dictionary<string, string>
        {
            ["format"] = "wide", ["mapping"] = JsonSerializer.Serialize(bad),
        }).Expect(HttpStatusCode.BadRequest);
        problem.ErrorsOf("columns[0].touchpoint").Should().Equal("columns[0].touchpoint: Touchpoint 'web-site' does not exist.");
        problem.ErrorsOf("columns[0].scale").Should().Equal("columns[0].scale: Scale 'stars' does not exist.");
        problem.ErrorsOf("segments[0].dimension").Should().Equal("segments[0].dimension: Segment dimension 'planet' does not exist.");
        (await client.UploadAsync(Imports, Survey, fields: new Dictionary<string, string> { ["format"] = "wide", ["mappingName"] = "nope" })
            .Expect(HttpStatusCode.BadRequest)).ErrorsOf("mappingName").Should().Equal("mappingName: no mapping is saved as 'nope'.");

        var missingColumn = new { respondentColumn = "Respondent", fixedDate = "2026-03-01", columns = new[] { new { column = "Phone", touchpoint = "tp-3", scale = "csat5" } } };
        var job = await client.ImportAsync(Imports, Survey, new Dictionary<string, string> { ["format"] = "wide", ["mapping"] = JsonSerializer.Serialize(missingColumn) });
        job.Report().Rejected().Should().Equal((1L, "Column 'Phone' of the mapping is not in the file's header."));
        (await IngestionData.StoredAsync(app)).Responses.Should().Be(0);
    }
}
