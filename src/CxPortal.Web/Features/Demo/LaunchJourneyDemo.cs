using CxPortal.Data.Ingestion;
using CxPortal.Domain.Surveys;

namespace CxPortal.Web.Features.Demo;

/// <summary>
/// The design's canonical example: a product launch at an electronics retailer whose touchpoints
/// score 10 / 3 / 10 / 10 / 1 on a 0–10 rating. Every day carries the same three ratings per
/// touchpoint, so the figures are exact in any window of whole days: journey index 6.8, the
/// store and stock availability critical, and a healthy-looking overall rating that masks them.
/// </summary>
public static class LaunchJourneyDemo
{
    public const string JourneyCode = "product-launch";
    private const int Days = 180;
    private static readonly string[] Regions = ["EMEA", "Americas", "APAC"];

    private static readonly (string Code, int[] Scores)[] DailyScores =
    [
        ("innovation-news", [10, 10, 10]),
        ("electronics-store", [2, 3, 4]),
        ("marketing-campaign", [10, 10, 10]),
        ("product-purchase", [10, 10, 10]),
        ("stock-availability", [0, 1, 2]),
    ];

    private static readonly Dictionary<string, string[]> Comments = new()
    {
        ["electronics-store"] =
        [
            "The staff couldn't answer a single question about the new model.",
            "I wanted to pre-order in the store and they had no way to do it.",
            "Nobody at the store had even seen the product yet.",
        ],
        ["stock-availability"] =
        [
            "Out of stock everywhere. I waited three weeks.",
            "The website said available, the store said sold out.",
            "Gave up and bought it from a competitor.",
        ],
        ["innovation-news"] = ["Loved the launch video, really exciting features."],
        ["product-purchase"] = ["Checkout was quick once I finally found one in stock."],
    };

    public static async Task<List<StagedResponse>> CreateAsync(DemoContext c, CancellationToken ct)
    {
        var touchpoints = new[]
        {
            c.Touchpoint("innovation-news", "Product innovation news", "awareness", "social", "Product marketing",
                "Reach early adopters", "Excite about the innovation", "Launch announcement, reviews and social buzz."),
            c.Touchpoint("electronics-store", "Electronics store visit", "consideration", "store", "Retail operations",
                "Convert store visits to pre-orders", "Knowledgeable, helpful staff",
                "Customers come to see the product; staff should answer questions and take pre-orders."),
            c.Touchpoint("marketing-campaign", "Launch marketing campaign", "awareness", "advertising", "Brand marketing",
                "Drive store and web traffic", "Make the product desirable"),
            c.Touchpoint("product-purchase", "Product purchase", "decision", "web", "E-commerce",
                "Checkout conversion", "Easy, reassuring purchase"),
            c.Touchpoint("stock-availability", "Stock availability", "decision", "store", "Supply chain",
                "In-stock rate at launch", "Get it when I want it", "An unintended touchpoint: the out-of-stock moment.",
                intentional: false),
        };
        c.Db.Touchpoints.AddRange(touchpoints);
        var journey = DemoContext.Journey(JourneyCode, "Product launch",
            "An electronics retailer launches a new flagship product.", touchpoints, c.Now);
        c.Db.Journeys.Add(journey);
        await c.Db.SaveChangesAsync(ct);

        var rating = c.Scale(DemoDataSeeder.Rating10Scale);
        var csat5 = c.Scale("csat5");
        var ids = touchpoints.ToDictionary(t => t.Code, t => t.Id);
        var regions = new List<IReadOnlyList<SegmentRef>>();
        foreach (var region in Regions)
        {
            regions.Add(await c.SegmentsAsync(ct, ("region", region)));
        }

        var responses = new List<StagedResponse>();
        for (var d = 0; d < Days; d++)
        {
            var day = c.Today.AddDays(-d);
            foreach (var (code, scores) in DailyScores)
            {
                for (var i = 0; i < scores.Length; i++)
                {
                    var comment = d % 6 == 0 && i == 0 && Comments.TryGetValue(code, out var bank) ? bank[d / 6 % bank.Length] : null;
                    responses.Add(Response($"demo-launch-{code}-{d}-{i}", SubjectKind.Touchpoint, ids[code], rating,
                        scores[i], day, i, regions[i], comment));
                }
            }
            // The overall rating looks fine: everyone satisfied, a third very satisfied.
            int[] overall = [5, 4, 4];
            for (var i = 0; i < overall.Length; i++)
            {
                responses.Add(Response($"demo-launch-overall-{d}-{i}", SubjectKind.Journey, journey.Id, csat5,
                    overall[i], day, i, regions[i], null));
            }
        }
        return responses;
    }

    private static StagedResponse Response(string id, SubjectKind kind, int subject, int scale, int score, DateOnly day,
        int slot, IReadOnlyList<SegmentRef> segments, string? comment) =>
        new(0, id, kind, subject, scale, score,
            DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(9 + 3 * slot, 15)), DateTimeKind.Utc), null, comment, segments);
}
