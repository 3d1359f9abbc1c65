using CsvHelper;
using CxPortal.Data;
using CxPortal.Domain.Surveys;
using CxPortal.Web.Features.Demo;

namespace CxPortal.Web.Tests.Scores;

/// <summary>
/// The public airline passenger survey (../shared/data): fourteen service columns rated 1–5 with 0 = not
/// applicable (skipped), and "satisfied" as the overall rating on a 0–1 csat scale. Parsed here, plainly
/// recounted, and loaded once per provider through the write path.
/// </summary>
public sealed class AirlineSurvey : IAsyncDisposable
{
    public const string JourneyCode = "airline";
    public static readonly DateOnly FirstDay = new(2026, 1, 1);
    public const int Days = 90;

    private readonly Dictionary<DatabaseProvider, Task<CxPortalApp>> _apps = [];
    private readonly Lock _lock = new();

    public sealed record Passenger(string Id, int[] Ratings, bool Satisfied, int Row);

    /// <summary>(touchpoint code, column) in the demo's order.</summary>
    public static IReadOnlyList<(string Code, string Column)> Columns => AirTravelJourneyDemo.SurveyColumns;

    public static string? FilePath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CxPortal.sln")))
                {
                    var file = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "airline-passenger-satisfaction.csv"));
                    return File.Exists(file) ? file : null;
                }
            }
            return null;
        }
    }

    public IReadOnlyList<Passenger> Passengers { get; } = Parse();

    public Task<CxPortalApp> AppAsync(DatabaseProvider provider)
    {
        if (FilePath is null)
        {
            Assert.Skip("The airline survey is not at ../shared/data/airline-passenger-satisfaction.csv beside the repository.");
        }
        lock (_lock)
        {
            if (!_apps.TryGetValue(provider, out var app))
            {
                _apps[provider] = app = LoadAsync(provider);
            }
            return app;
        }
    }

    private static List<Passenger> Parse()
    {
        if (FilePath is not { } file)
        {
            return [];
        }
        using var csv = CsvReader.FromFile(file);
        var passengers = new List<Passenger>();
        while (csv.Read())
        {
            passengers.Add(new Passenger(
                csv.GetString("id")!,
                Columns.Select(c => csv.Parse<int>(c.Column)).ToArray(),
                csv.GetString("satisfaction") == "satisfied",
                passengers.Count));
        }
        return passengers;
    }

    private async Task<CxPortalApp> LoadAsync(DatabaseProvider provider)
    {
        var app = await CxPortalApp.StartAsync(provider);
        await using var db = app.Database.CreateContext();
        var data = new ScoreData(db);
        var journey = await data.JourneyAsync(JourneyCode, "Airline", Columns.Select(c => (c.Code, c.Column, "decision")).ToArray());
        db.SurveyScales.Add(new SurveyScale
        {
            Code = "satisfied", Name = "Satisfied", Kind = ScaleKind.Csat, Min = 0, Max = 1, SatisfiedMin = 1, TopBoxMin = 1,
        });
        await db.SaveChangesAsync();
        var csat5 = await data.ScaleAsync("csat5");
        var satisfied = await data.ScaleAsync("satisfied");
        var touchpoints = Columns.Select(c => data.TouchpointId(journey, c.Code)).ToArray();
        foreach (var p in Passengers)
        {
            var at = ScoreData.At(FirstDay.AddDays(p.Row % Days));
            for (var i = 0; i < touchpoints.Length; i++)
            {
                if (p.Ratings[i] != 0)
                {
                    data.Touchpoint($"{p.Id}-{Columns[i].Code}", touchpoints[i], csat5, p.Ratings[i], at, p.Id);
                }
            }
            data.Overall($"{p.Id}-overall", journey.Id, satisfied, p.Satisfied ? 1 : 0, at, p.Id);
        }
        await data.WriteAsync();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values)
        {
            await (await app).DisposeAsync();
        }
    }
}
