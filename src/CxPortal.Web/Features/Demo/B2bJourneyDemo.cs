using CxPortal.Data.Ingestion;
using CxPortal.Domain.Surveys;
using CxPortal.Domain.Touchpoints;

namespace CxPortal.Web.Features.Demo;

/// <summary>
/// A B2B software sale from first blog post to renewal. Its story: support improves through the
/// year (a first-contact-resolution programme), proposals get harder (new pricing), APAC support
/// lags, Security customers find proposals hardest. Overall NPS is driven mostly by support and
/// proposals, which the drivers view should find.
/// </summary>
public static class B2bJourneyDemo
{
    public const string JourneyCode = "b2b-sales";
    private const int Days = 365;
    private const int Accounts = 420;
    private static readonly string[] Regions = ["EMEA", "Americas", "APAC"];
    private static readonly string[] ProductLines = ["Analytics", "Payments", "Security"];

    /// <summary>Latent quality (0–10) at the start of the year, change over the year, share of volume, weight in overall NPS.</summary>
    private sealed record Profile(string Code, string[] Scales, double Start, double YearChange, double Volume, double Driver, bool Prospects);

    private static readonly Profile[] Profiles =
    [
        new("blog-content", ["csat5"], 7.4, 0.0, 0.10, 0.02, true),
        new("paid-ads", ["csat5"], 5.6, 0.4, 0.08, 0.02, true),
        new("product-pages", ["ces7"], 6.6, 0.6, 0.12, 0.05, true),
        new("product-demo", ["csat5"], 8.4, 0.0, 0.10, 0.10, false),
        new("sales-calls", ["csat5"], 7.1, 0.0, 0.12, 0.08, false),
        new("proposal", ["ces7"], 6.8, -1.8, 0.10, 0.28, false),
        new("support", ["csat5", "ces7"], 4.6, 2.4, 0.28, 0.40, false),
        new("renewal", ["nps"], 7.0, 0.0, 0.10, 0.05, false),
    ];

    public static async Task<List<StagedResponse>> CreateAsync(DemoContext c, DemoRandom random, CancellationToken ct)
    {
        var touchpoints = CreateTouchpoints(c);
        c.Db.Touchpoints.AddRange(touchpoints);
        var journey = DemoContext.Journey(JourneyCode, "B2B sales",
            "From the first blog post to the renewal of a B2B software subscription.", touchpoints, c.Now);
        c.Db.Journeys.Add(journey);
        await c.Db.SaveChangesAsync(ct);

        var ids = touchpoints.ToDictionary(t => t.Code, t => t.Id);
        var accounts = new List<(string Id, IReadOnlyList<SegmentRef> Segments, string Region, string Line, double[] Quality)>();
        for (var a = 0; a < Accounts; a++)
        {
            var region = Regions[random.Weighted([0.4, 0.4, 0.2])];
            var line = ProductLines[random.Weighted([0.4, 0.35, 0.25])];
            // An account's own experience of each touchpoint, around the touchpoint's level.
            var quality = Profiles.Select(_ => random.Normal(0, 1.3)).ToArray();
            accounts.Add(($"acct-{a + 1:0000}", await c.SegmentsAsync(ct, ("region", region), ("product-line", line)), region, line, quality));
        }

        var responses = new List<StagedResponse>();
        var volume = Profiles.Select(p => p.Volume).ToArray();
        var leads = 0;
        for (var d = Days - 1; d >= 0; d--)
        {
            var day = c.Today.AddDays(-d);
            var yearShare = (Days - 1 - d) / (double)(Days - 1);
            var perDay = 34 + random.Next(12);
            for (var k = 0; k < perDay; k++)
            {
                var t = random.Weighted(volume);
                var profile = Profiles[t];
                var account = accounts[random.Next(accounts.Count)];
                var latent = profile.Start + profile.YearChange * yearShare + account.Quality[t]
                             + Effect(profile.Code, account.Region, account.Line) + random.Normal(0, 0.9);
                // Awareness and consideration are rated by prospects, mostly once.
                var respondent = profile.Prospects ? $"lead-{++leads:00000}" : account.Id;
                var segments = profile.Prospects ? await c.SegmentsAsync(ct, ("region", account.Region)) : account.Segments;
                foreach (var scale in profile.Scales)
                {
                    var score = ToScale(scale, latent, random);
                    responses.Add(new StagedResponse(0, $"demo-b2b-{responses.Count:000000}", SubjectKind.Touchpoint,
                        ids[profile.Code], c.Scale(scale), score, At(day, random), respondent,
                        DemoComments.For(profile.Code, score, scale, random), segments));
                }
            }

            // Overall likelihood to recommend: driven by the account's experience of the drivers.
            for (var k = 0; k < 3; k++)
            {
                var account = accounts[random.Next(accounts.Count)];
                var drivers = Profiles.Select((p, i) => p.Driver * (p.Start + p.YearChange * yearShare + account.Quality[i]
                                                                    + Effect(p.Code, account.Region, account.Line))).Sum();
                var latent = drivers / Profiles.Sum(p => p.Driver) + 0.8 + random.Normal(0, 0.8);
                var score = ToScale("nps", latent, random);
                responses.Add(new StagedResponse(0, $"demo-b2b-overall-{responses.Count:000000}", SubjectKind.Journey,
                    journey.Id, c.Scale("nps"), score, At(day, random), account.Id,
                    DemoComments.For("overall", score, "nps", random), account.Segments));
            }
        }
        return responses;
    }

    private static double Effect(string touchpoint, string region, string line) =>
        (touchpoint == "support" && region == "APAC" ? -1.1 : 0)
        + (region == "EMEA" ? 0.2 : 0)
        + (touchpoint == "proposal" && line == "Security" ? -1.0 : 0);

    private static int ToScale(string scale, double latent, DemoRandom random)
    {
        var x = Math.Clamp(latent + random.Normal(0, 0.4), 0, 10);
        return scale switch
        {
            "csat5" => (int)Math.Round(1 + x / 10 * 4),
            "ces7" => (int)Math.Round(1 + x / 10 * 6),
            _ => (int)Math.Round(x),
        };
    }

    private static DateTime At(DateOnly day, DemoRandom random) =>
        DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(7 + random.Next(11), random.Next(60))), DateTimeKind.Utc);

    private static Touchpoint[] CreateTouchpoints(DemoContext c)
    {
        var blog = c.Touchpoint("blog-content", "Blog and thought leadership", "awareness", "web", "Content marketing",
            "Organic traffic and sign-ups", "Seen as a credible expert");
        var ads = c.Touchpoint("paid-ads", "Paid search and social ads", "awareness", "advertising", "Demand generation",
            "Click-to-lead conversion", "Relevant, not annoying", tracking: TrackingMode.Pulsed);
        ads.Metrics.Add(Metric(c, "lead-conversion", "Click-to-lead conversion", "%", MetricDirection.HigherIsBetter, 4.0, 0.5,
            m => 2.1 + m * 0.1));
        var pages = c.Touchpoint("product-pages", "Product pages", "consideration", "web", "Web team",
            "Demo requests", "Easy to understand what we do");
        pages.Metrics.Add(Metric(c, "demo-request-rate", "Demo request conversion", "%", MetricDirection.HigherIsBetter, 3.0, 0.5,
            m => 2.4 + m * 0.06));
        var demo = c.Touchpoint("product-demo", "Product demo", "consideration", "sales-rep", "Solutions engineering",
            "Demo-to-proposal rate", "Confidence the product fits");
        var calls = c.Touchpoint("sales-calls", "Sales calls", "decision", "sales-rep", "Sales",
            "Opportunity win rate", "A trusted adviser");
        calls.Metrics.Add(Metric(c, "win-rate", "Opportunity win rate", "%", MetricDirection.HigherIsBetter, 30, 5,
            m => 24 + (m % 3) - 1));
        var proposal = c.Touchpoint("proposal", "Proposal and pricing", "decision", "email", "Sales operations",
            "Proposal turnaround", "Clear, fair pricing", tracking: TrackingMode.Periodic);
        var support = c.Touchpoint("support", "Technical support", "retention", "support", "Customer support",
            "First-contact resolution, handle time", "Problems solved without effort", weight: 2);
        support.Metrics.Add(Metric(c, "fcr", "First-contact resolution", "%", MetricDirection.HigherIsBetter, 80, 40,
            m => 57 + m * 1.7));
        support.Metrics.Add(Metric(c, "aht", "Average handle time", "min", MetricDirection.LowerIsBetter, 8, 20,
            m => 14.5 - m * 0.3));
        var renewal = c.Touchpoint("renewal", "Renewal conversation", "retention", "sales-rep", "Account management",
            "Renewal rate", "Wants to stay", tracking: TrackingMode.Periodic);
        renewal.Metrics.Add(Metric(c, "renewal-rate", "Renewal rate", "%", MetricDirection.HigherIsBetter, 90, 60,
            m => 86 + (m % 2)));
        return [blog, ads, pages, demo, calls, proposal, support, renewal];
    }

    private static OperationalMetric Metric(DemoContext c, string code, string name, string unit, MetricDirection direction,
        double target, double worst, Func<int, double> monthly) =>
        new()
        {
            Code = code, Name = name, Unit = unit, Direction = direction, Target = target, Worst = worst,
            Measurements = c.Monthly(monthly),
        };
}
