using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;

namespace CxPortal.Web.Tests.Scores;

/// <summary>The airline survey through the write path, the count store and the API equals a plain recount of the file.</summary>
public class AirlineSurveyTests(AirlineSurvey survey) : IClassFixture<AirlineSurvey>
{
    private const string Window = "from=2026-01-01&to=2026-03-31";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_touchpoint_figure_equals_a_plain_recount_of_the_file(DatabaseProvider provider)
    {
        var app = await survey.AppAsync(provider);

        var s = await app.ClientAs(Roles.CxManager).GetJsonAsync($"/api/journeys/{AirlineSurvey.JourneyCode}/scores?{Window}");

        for (var i = 0; i < AirlineSurvey.Columns.Count; i++)
        {
            var rated = survey.Passengers.Select(p => p.Ratings[i]).Where(r => r != 0).ToList();
            var t = s.Touchpoint(AirlineSurvey.Columns[i].Code);
            t.Number("n").Should().Be(rated.Count, AirlineSurvey.Columns[i].Column);
            t.GetProperty("mean10").Number("value").Should().BeApproximately(rated.Average(r => 10.0 * (r - 1) / 4), 1e-9);
            t.GetProperty("csat").Number("value").Should().BeApproximately(100.0 * rated.Count(r => r >= 4) / rated.Count, 1e-9);
            t.GetProperty("topBox").Number("value").Should().BeApproximately(100.0 * rated.Count(r => r == 5) / rated.Count, 1e-9);
        }
        s.Touchpoint("inflight-wifi").Number("n").Should().Be(25_163);
        s.GetProperty("overall").Number("n").Should().Be(25_976);
        s.GetProperty("overall").GetProperty("csat").Number("value")
            .Should().BeApproximately(100.0 * survey.Passengers.Count(p => p.Satisfied) / 25_976, 1e-9);

        var lowest = s.GetProperty("touchpoints").EnumerateArray().MinBy(t => t.Number("relationship"));
        lowest.GetProperty("name").GetString().Should().Be("Inflight wifi service");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Online_boarding_is_the_strongest_driver_of_overall_satisfaction(DatabaseProvider provider)
    {
        var app = await survey.AppAsync(provider);

        var d = await app.ClientAs(Roles.CxManager).GetJsonAsync($"/api/journeys/{AirlineSurvey.JourneyCode}/drivers?{Window}");

        var drivers = d.GetProperty("drivers").EnumerateArray().ToList();
        drivers.MaxBy(x => x.Number("importance")).GetProperty("name").GetString().Should().Be("Online boarding");

        // Pearson r over the passengers who rated online boarding, recounted plainly.
        var i = AirlineSurvey.Columns.Select(c => c.Code).ToList().IndexOf("online-boarding");
        var pairs = survey.Passengers.Where(p => p.Ratings[i] != 0)
            .Select(p => (X: 10.0 * (p.Ratings[i] - 1) / 4, Y: p.Satisfied ? 10.0 : 0.0)).ToList();
        double mx = pairs.Average(p => p.X), my = pairs.Average(p => p.Y);
        var r = pairs.Sum(p => (p.X - mx) * (p.Y - my))
                / Math.Sqrt(pairs.Sum(p => (p.X - mx) * (p.X - mx)) * pairs.Sum(p => (p.Y - my) * (p.Y - my)));
        var boarding = drivers.Single(x => x.GetProperty("code").GetString() == "online-boarding");
        boarding.Number("importance").Should().BeApproximately(r, 1e-9);
        boarding.Number("n").Should().Be(pairs.Count);
    }
}
