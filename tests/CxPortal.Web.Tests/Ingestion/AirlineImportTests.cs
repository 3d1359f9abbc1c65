using System.Text.Json;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Domain.Surveys;
using CxPortal.Testing;
using CxPortal.Web.Tests.Inventory;
using CxPortal.Web.Tests.Scores;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Ingestion;

/// <summary>The public airline survey (../shared/data) through the wide mapping, as a sales lead would upload it.</summary>
public class AirlineImportTests(AirlineSurveyFile survey) : IClassFixture<AirlineSurveyFile>
{
    public static readonly object Mapping = new
    {
        respondentColumn = "id",
        fixedDate = "2026-02-01",
        naCodes = new[] { "0" },
        columns = AirlineSurvey.Columns.Select(c => new { column = c.Column, touchpoint = c.Code, scale = "csat5" }).ToArray(),
        overall = new
        {
            column = "satisfaction", journey = "airline", scale = "satisfied",
            values = new Dictionary<string, int> { ["satisfied"] = 1, ["neutral or dissatisfied"] = 0 },
        },
        // Segment columns would map the same way (the small wide test covers them); here they would triple
        // the rows written on two providers without showing anything new.
    };

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_airline_file_imports_through_the_wide_mapping_equal_to_a_recount_and_a_second_import_is_all_duplicates(DatabaseProvider provider)
    {
        var file = survey.RequirePath();
        await using var app = await StartAsync(provider);
        var client = app.ClientAs(Roles.SalesLead);
        var fields = new Dictionary<string, string> { ["format"] = "wide", ["mapping"] = JsonSerializer.Serialize(Mapping) };
        var ratings = survey.Passengers.Sum(p => p.Ratings.Count(r => r != 0));

        var job = await client.FinishAsync(await client.UploadAsync("/api/imports/responses", await File.ReadAllBytesAsync(file, ApiJson.Ct),
            "airline-passenger-satisfaction.csv", fields));

        job.Str("state").Should().Be("succeeded", job.GetRawText());
        var report = job.Report();
        (report.Count("rowsRead"), report.Count("accepted"), report.Count("duplicates"), report.Count("rejectedRows"))
            .Should().Be((25_976, ratings + 25_976, 0, 0));
        await using (var db = app.Database.CreateContext())
        {
            var perTouchpoint = await db.ScoreCounts.Where(c => c.SubjectKind == SubjectKind.Touchpoint)
                .Join(db.Touchpoints, c => c.SubjectId, t => t.Id, (c, t) => new { t.Code, c.Score, c.Count })
                .GroupBy(x => new { x.Code, x.Score }).Select(g => new { g.Key.Code, g.Key.Score, Count = g.Sum(x => x.Count) })
                .ToListAsync(ApiJson.Ct);
            perTouchpoint.Select(x => x.Code).Distinct().Should().HaveCount(14);
            for (var i = 0; i < AirlineSurvey.Columns.Count; i++)
            {
                var code = AirlineSurvey.Columns[i].Code;
                for (var score = 1; score <= 5; score++)
                {
                    perTouchpoint.Where(x => x.Code == code && x.Score == score).Sum(x => x.Count)
                        .Should().Be(survey.Passengers.Count(p => p.Ratings[i] == score), $"{code} score {score}");
                }
            }
            perTouchpoint.Where(x => x.Code == "inflight-wifi").Sum(x => x.Count).Should().Be(25_163);

            var overall = await db.Responses.Where(r => r.JourneyId != null).GroupBy(r => r.Score)
                .Select(g => new { Score = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Score, g => g.Count, ApiJson.Ct);
            overall.Should().BeEquivalentTo(new Dictionary<int, int>
            {
                [1] = survey.Passengers.Count(p => p.Satisfied), [0] = survey.Passengers.Count(p => !p.Satisfied),
            });
            (await db.Responses.Where(r => r.JourneyId != null).Select(r => r.RespondentId).Distinct().CountAsync(ApiJson.Ct)).Should().Be(25_976);
        }
        await IngestionData.ShouldMatchRecountAsync(app);
        var before = await IngestionData.StoredAsync(app);

        var again = (await client.FinishAsync(await client.UploadAsync("/api/imports/responses", await File.ReadAllBytesAsync(file, ApiJson.Ct),
            "airline-passenger-satisfaction.csv", fields))).Report();
        (again.Count("rowsRead"), again.Count("accepted"), again.Count("duplicates")).Should().Be((25_976, 0, ratings + 25_976));
        (await IngestionData.StoredAsync(app)).Should().Be(before);
    }

    private static async Task<CxPortalApp> StartAsync(DatabaseProvider provider)
    {
        var app = await IngestionData.StartAsync(provider);
        await using var db = app.Database.CreateContext();
        var data = new ScoreData(db);
        await data.JourneyAsync("airline", "Airline", AirlineSurvey.Columns.Select(c => (c.Code, c.Column, "decision")).ToArray());
        db.SurveyScales.Add(new SurveyScale { Code = "satisfied", Name = "Satisfied", Kind = ScaleKind.Csat, Min = 0, Max = 1, SatisfiedMin = 1, TopBoxMin = 1 });
        await db.SaveChangesAsync(ApiJson.Ct);
        return app;
    }
}

/// <summary>The airline file parsed once for the class (skipped with a reason when the file is not beside the repository).</summary>
public sealed class AirlineSurveyFile
{
    private readonly Lazy<IReadOnlyList<AirlineSurvey.Passenger>> _passengers = new(() => new AirlineSurvey().Passengers);

    public IReadOnlyList<AirlineSurvey.Passenger> Passengers => _passengers.Value;

    public string RequirePath()
    {
        var path = AirlineSurvey.FilePath;
        if (path is null)
        {
            Assert.Skip("The airline survey is not at ../shared/data/airline-passenger-satisfaction.csv beside the repository.");
        }
        return path!;
    }
}
