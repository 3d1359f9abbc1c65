using System.Globalization;
using CsvHelper;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CxPortal.Web.Tests.Scores;

/// <summary>The scorecard as CSV and xlsx: every figure as a number, formula-looking text neutralised.</summary>
public class ExportApiTests
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<CxPortalApp> StartAsync(DatabaseProvider provider)
    {
        var app = await CxPortalApp.StartAsync(provider);
        await using var db = app.Database.CreateContext();
        var data = new ScoreData(db);
        var journey = await data.JourneyAsync("export", "Export", ("formula", Formula, "awareness"), ("promoters", "Promoters", "decision"));
        var formula = await db.Touchpoints.SingleAsync(t => t.Code == "formula", Ct);
        formula.Owner = "@cmd";
        await db.SaveChangesAsync(Ct);
        var nps = await data.ScaleAsync("nps");
        // 20 ratings: 4 promoters (10), 6 passives (8), 10 detractors (3) → NPS −30.
        for (var i = 0; i < 20; i++)
        {
            data.Touchpoint($"f{i}", data.TouchpointId(journey, "formula"), nps, i < 4 ? 10 : i < 10 ? 8 : 3, ScoreData.At(new(2026, 3, 2)));
            data.Touchpoint($"p{i}", data.TouchpointId(journey, "promoters"), nps, 10, ScoreData.At(new(2026, 3, 2)));
        }
        await data.WriteAsync();
        return app;
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_csv_export_parses_back_with_numbers_as_numbers_and_text_neutralised(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);

        var response = await app.ClientAs(Roles.CxManager).GetAsync("/api/exports/journeys/export.csv?from=2026-03-01&to=2026-03-10", Ct);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.Should().Contain("export-2026-03-01-2026-03-10.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        using var csv = CsvReader.Create(bytes, CsvReaderOptions.Default with { FormatProvider = CultureInfo.InvariantCulture });
        var rows = new List<Dictionary<string, string?>>();
        while (csv.Read())
        {
            rows.Add(csv.Current.ToDictionary());
        }

        rows.Should().HaveCount(2);
        var f = rows[0];
        f["Touchpoint"].Should().Be("'" + Formula);
        f["Owner"].Should().Be("'@cmd");
        f["Touchpoint code"].Should().Be("formula");
        f["n"].Should().Be("20");
        double.Parse(f["NPS"]!, CultureInfo.InvariantCulture).Should().Be(-30);
        f["NPS"].Should().Be("-30", "a negative number is written as a number, not neutralised");
        double.Parse(f["NPS CI low"]!, CultureInfo.InvariantCulture).Should().BeLessThan(-30);
        double.Parse(f["Mean10"]!, CultureInfo.InvariantCulture).Should().BeApproximately((4 * 10 + 6 * 8 + 10 * 3) / 20.0, 1e-9);
        double.Parse(f["Score"]!, CultureInfo.InvariantCulture).Should().BeApproximately(5.9, 1e-9);
        f["CSAT %"].Should().BeEmpty("an nps scale has no CSAT: no data is an empty cell, not 0");
        f["Flags"].Should().Be("weak lagging negative-nps low-sample");
        f["Weak point rank"].Should().Be("1");
        double.Parse(f["Journey index"]!, CultureInfo.InvariantCulture).Should().BeApproximately((5.9 + 10) / 2, 1e-9);
        rows[1]["NPS"].Should().Be("100");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_xlsx_export_opens_with_the_rows_and_keeps_negative_numbers_numeric(DatabaseProvider provider)
    {
        await using var app = await StartAsync(provider);

        var response = await app.ClientAs(Roles.CxManager).GetAsync("/api/exports/journeys/export.xlsx?from=2026-03-01&to=2026-03-10", Ct);

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();

        rows.Should().HaveCount(2);
        rows[0]["Touchpoint"].Should().Be("'" + Formula);
        rows[0]["Owner"].Should().Be("'@cmd");
        rows[0]["NPS"].Should().BeOfType<double>().Which.Should().Be(-30);
        rows[0]["n"].Should().BeOfType<double>().Which.Should().Be(20);
        rows[0]["Mean10"].Should().BeOfType<double>().Which.Should().BeApproximately(5.9, 1e-9);
        rows[1]["Touchpoint"].Should().Be("Promoters");
        rows[1]["NPS"].Should().BeOfType<double>().Which.Should().Be(100);
    }
}
