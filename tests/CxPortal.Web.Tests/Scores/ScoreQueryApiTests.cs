using System.Net;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;

namespace CxPortal.Web.Tests.Scores;

/// <summary>Bad input gets a 400 that says what is wrong; an unknown code a 404.</summary>
public class ScoreQueryApiTests
{
    private static readonly (string Url, string Message)[] BadQueries =
    [
        ("/api/journeys/j/scores?from=2026-03-10&to=2026-03-01", "'from' (2026-03-10) is after 'to' (2026-03-01)."),
        ("/api/journeys/j/scores?from=10.03.2026", "'from' must be a date in the form yyyy-MM-dd, e.g. 2026-01-31; got '10.03.2026'."),
        ("/api/journeys/j/scores?to=2026-02-30", "'to' must be a date in the form yyyy-MM-dd, e.g. 2026-01-31; got '2026-02-30'."),
        ("/api/journeys/j/scores?segment=planet:Mars", "Unknown segment dimension 'planet'. Known dimensions: region."),
        ("/api/journeys/j/scores?segment=region", "segment must be dimension:value, e.g. region:EMEA; got 'region'."),
        ("/api/journeys/j/scores?segment=region:", "segment must be dimension:value, e.g. region:EMEA; got 'region:'."),
        ("/api/touchpoints/t1/scores?granularity=day", "granularity must be week, month or quarter; got 'day'."),
        ("/api/journeys/j/compare", "dimension is required, e.g. ?dimension=region."),
        ("/api/journeys/j/compare?dimension=planet", "Unknown segment dimension 'planet'. Known dimensions: region."),
        ("/api/journeys/j/drivers?from=x", "'from' must be a date in the form yyyy-MM-dd, e.g. 2026-01-31; got 'x'."),
        ("/api/journeys/j/profile?segment=:EMEA", "segment must be dimension:value, e.g. region:EMEA; got ':EMEA'."),
        ("/api/weak-points?segment=planet:Mars", "Unknown segment dimension 'planet'. Known dimensions: region."),
        ("/api/exports/journeys/j.csv?from=2026-03-10&to=2026-03-01", "'from' (2026-03-10) is after 'to' (2026-03-01)."),
        ("/api/exports/journeys/j.xlsx?segment=planet:Mars", "Unknown segment dimension 'planet'. Known dimensions: region."),
    ];

    private static readonly (string Url, string Message)[] UnknownCodes =
    [
        ("/api/journeys/nope/scores", "Journey 'nope' does not exist."),
        ("/api/touchpoints/nope/scores", "Touchpoint 'nope' does not exist."),
        ("/api/journeys/nope/compare?dimension=region", "Journey 'nope' does not exist."),
        ("/api/journeys/nope/drivers", "Journey 'nope' does not exist."),
        ("/api/journeys/nope/profile", "Journey 'nope' does not exist."),
        ("/api/exports/journeys/nope.csv", "Journey 'nope' does not exist."),
        ("/api/exports/journeys/nope.xlsx", "Journey 'nope' does not exist."),
    ];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_queries_are_400_with_a_clear_message_and_unknown_codes_404(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        await using (var db = app.Database.CreateContext())
        {
            var data = new ScoreData(db);
            await data.JourneyAsync("j", "J", ("t1", "T1", "awareness"));
            await data.DimensionAsync("region");
        }
        var client = app.ClientAs(Roles.CxManager);

        foreach (var (url, message) in BadQueries)
        {
            var (status, detail) = await client.ProblemAsync(url);
            status.Should().Be(HttpStatusCode.BadRequest, url);
            detail.Should().Be(message, url);
        }
        foreach (var (url, message) in UnknownCodes)
        {
            var (status, detail) = await client.ProblemAsync(url);
            status.Should().Be(HttpStatusCode.NotFound, url);
            detail.Should().Be(message, url);
        }

        // The same journey with a good query answers.
        (await client.GetJsonAsync("/api/journeys/j/scores?from=2026-03-01&to=2026-03-01&segment=region:EMEA"))
            .GetProperty("from").GetString().Should().Be("2026-03-01");
    }
}
