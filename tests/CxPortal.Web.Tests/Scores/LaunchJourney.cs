using CxPortal.Data.Ingestion;
using CxPortal.Domain.Journeys;

namespace CxPortal.Web.Tests.Scores;

/// <summary>
/// The design's golden case: five touchpoints rated on a 0–10 rating scale so that their Mean10 are
/// 10 / 3 / 10 / 10 / 1 (three ratings a day each: 2,3,4 for the store and 0,1,2 for stock), and an
/// overall csat5 rating of 5,4,4 a day. Slot i of each day carries region EMEA / Americas / APAC, and
/// product "phone" on even days, "tablet" on odd days.
/// </summary>
public static class LaunchJourney
{
    public const string Code = "product-launch";
    public static readonly string[] Regions = ["EMEA", "Americas", "APAC"];

    public static readonly (string Code, string Name, string Stage, int[] Scores)[] Touchpoints =
    [
        ("innovation-news", "Product innovation news", "awareness", [10, 10, 10]),
        ("electronics-store", "Electronics store visit", "consideration", [2, 3, 4]),
        ("marketing-campaign", "Launch marketing campaign", "awareness", [10, 10, 10]),
        ("product-purchase", "Product purchase", "decision", [10, 10, 10]),
        ("stock-availability", "Stock availability", "decision", [0, 1, 2]),
    ];

    public static readonly int[] OverallScores = [5, 4, 4];

    /// <summary>Writes <paramref name="days"/> days of ratings ending on <paramref name="lastDay"/>.</summary>
    public static async Task<Journey> AddAsync(ScoreData data, DateOnly lastDay, int days = 10)
    {
        var journey = await data.JourneyAsync(Code, "Product launch", Touchpoints.Select(t => (t.Code, t.Name, t.Stage)).ToArray());
        var rating = await data.Rating10Async();
        var csat5 = await data.ScaleAsync("csat5");
        var regions = new List<SegmentRef>();
        foreach (var region in Regions)
        {
            regions.Add(await data.SegmentAsync("region", region));
        }
        var phone = await data.SegmentAsync("product", "phone");
        var tablet = await data.SegmentAsync("product", "tablet");

        for (var d = 0; d < days; d++)
        {
            var day = lastDay.AddDays(-d);
            var product = d % 2 == 0 ? phone : tablet;
            foreach (var (code, _, _, scores) in Touchpoints)
            {
                for (var i = 0; i < scores.Length; i++)
                {
                    data.Touchpoint($"{code}-{d}-{i}", data.TouchpointId(journey, code), rating, scores[i], ScoreData.At(day, 9 + i),
                        $"r-{d}-{i}", segments: [regions[i], product]);
                }
            }
            for (var i = 0; i < OverallScores.Length; i++)
            {
                data.Overall($"overall-{d}-{i}", journey.Id, csat5, OverallScores[i], ScoreData.At(day, 18 + i), $"r-{d}-{i}", regions[i], product);
            }
        }
        await data.WriteAsync();
        return journey;
    }
}
