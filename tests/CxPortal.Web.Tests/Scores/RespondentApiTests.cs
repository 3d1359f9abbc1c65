using System.Text.Json;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;

namespace CxPortal.Web.Tests.Scores;

/// <summary>Key drivers and the advocacy profile, which need respondent-level data.</summary>
public class RespondentApiTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Drivers_correlate_touchpoint_and_overall_ratings_and_list_what_to_fix_first(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        await using (var db = app.Database.CreateContext())
        {
            var data = new ScoreData(db);
            var journey = await data.JourneyAsync("drivers", "Drivers", ("a", "A", "awareness"), ("b", "B", "awareness"), ("c", "C", "decision"));
            var rating = await data.Rating10Async();
            for (var i = 0; i < 40; i++)
            {
                var y = i % 11;
                var who = $"r{i}";
                data.Overall($"o{i}", journey.Id, rating, y, ScoreData.At(Day), who)
                    .Touchpoint($"a{i}", data.TouchpointId(journey, "a"), rating, y, ScoreData.At(Day), who)
                    .Touchpoint($"b{i}", data.TouchpointId(journey, "b"), rating, 10 - y, ScoreData.At(Day), who);
                if (i < 20)
                {
                    data.Touchpoint($"c{i}", data.TouchpointId(journey, "c"), rating, 10, ScoreData.At(Day), who);
                }
            }
            // Rated a touchpoint but not the journey: not a pair.
            data.Touchpoint("a-lone", data.TouchpointId(journey, "a"), rating, 0, ScoreData.At(Day), "r-lone");
            await data.WriteAsync();
        }

        var d = await app.ClientAs(Roles.CxManager).GetJsonAsync("/api/journeys/drivers/drivers?from=2026-03-01&to=2026-03-05");

        var drivers = d.GetProperty("drivers").EnumerateArray().ToDictionary(x => x.GetProperty("code").GetString()!);
        drivers["a"].Number("importance").Should().BeApproximately(1, 1e-9);
        drivers["a"].Number("n").Should().Be(40);
        drivers["b"].Number("importance").Should().BeApproximately(-1, 1e-9);
        drivers["c"].GetProperty("importance").ValueKind.Should().Be(JsonValueKind.Null, "20 pairs are below the minimum of 30");
        drivers["c"].Number("n").Should().Be(20);
        // Performance is S: a's 41 ratings include the lone 0, mean (186 + 0) / 41.
        drivers["a"].Number("performance").Should().BeApproximately(186.0 / 41, 1e-9);
        drivers["a"].GetProperty("quadrant").GetString().Should().Be("fix-first");
        drivers["b"].GetProperty("quadrant").GetString().Should().Be("low-priority");
        drivers["c"].GetProperty("quadrant").GetString().Should().Be("not-enough-data");
        d.GetProperty("fixFirst").Strings().Should().Equal("a");
        d.Number("medianImportance").Should().BeApproximately(0, 1e-9);
        d.Number("overallN").Should().Be(40);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_advocacy_profile_counts_respondents_by_response_days_and_advocacy(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        await using (var db = app.Database.CreateContext())
        {
            var data = new ScoreData(db);
            var journey = await data.JourneyAsync("profile", "Profile", ("t", "T", "decision"));
            var t = data.TouchpointId(journey, "t");
            var csat5 = await data.ScaleAsync("csat5");
            var nps = await data.ScaleAsync("nps");
            data.Overall("p1", journey.Id, nps, 10, ScoreData.At(Day), "p1")                 // initial, promoter
                .Overall("p2", journey.Id, nps, 5, ScoreData.At(Day), "p2")                  // initial
                .Touchpoint("p3", t, csat5, 5, ScoreData.At(Day), "p3")                      // initial, top box
                .Touchpoint("p4", t, csat5, 4, ScoreData.At(Day), "p4")                      // initial
                .Touchpoint("p5a", t, csat5, 2, ScoreData.At(Day), "p5")                     // loyal: judged on the overall 9
                .Overall("p5b", journey.Id, nps, 9, ScoreData.At(Day.AddDays(1)), "p5")
                .Overall("p6a", journey.Id, nps, 10, ScoreData.At(Day), "p6")                // loyal, not every rating a promoter
                .Overall("p6b", journey.Id, nps, 6, ScoreData.At(Day.AddDays(2)), "p6")
                .Overall("p7", journey.Id, nps, 10, ScoreData.At(Day.AddDays(40)), "p7")     // outside the window
                .Touchpoint("anonymous", t, csat5, 5, ScoreData.At(Day));                    // no respondent: cannot be profiled
            await data.WriteAsync();
        }

        var p = await app.ClientAs(Roles.CxManager).GetJsonAsync("/api/journeys/profile/profile?from=2026-03-01&to=2026-03-10");

        p.Number("respondents").Should().Be(6);
        var levels = p.GetProperty("levels").EnumerateArray().ToList();
        levels.Select(l => l.GetProperty("level").GetString()).Should().Equal("initial", "loyalty", "advocacy");
        levels.Select(l => l.Number("count")).Should().Equal(4, 2, 3);
        levels[0].Number("share").Should().BeApproximately(400.0 / 6, 1e-9);
        levels[1].Number("share").Should().BeApproximately(200.0 / 6, 1e-9);
        levels[2].Number("share").Should().BeApproximately(50, 1e-9);
        p.GetProperty("shape").GetString().Should().Be("hourglass", "loyalty (2) is the narrowest level");
    }
}
