using CxPortal.Data.Ingestion;
using CxPortal.Domain.Surveys;
using CxPortal.Domain.Touchpoints;

namespace CxPortal.Web.Features.Demo;

/// <summary>
/// A journey shaped like the public airline passenger survey (../shared/data): fourteen service
/// touchpoints rated 1–5 (0 = not applicable, not stored), an overall satisfied / not satisfied
/// rating, and customer type, travel type and class as segments. Distributions and each
/// touchpoint's link to overall satisfaction follow that file: inflight wifi is the weakest
/// touchpoint, online boarding the strongest driver. Wifi improves after a provider change.
/// </summary>
public static class AirTravelJourneyDemo
{
    public const string JourneyCode = "air-travel";
    public const string OverallScale = DemoDataSeeder.SatisfiedScale;
    private const int Days = 365;
    private const int Passengers = 2600;

    /// <summary>Touchpoint, stage, channel, mean 1–5 and share not applicable in the file, and its correlation with satisfaction.</summary>
    private sealed record Service(string Code, string Name, string Stage, string Channel, double Mean, double NotApplicable, double Link);

    public static readonly IReadOnlyList<(string Code, string Column)> SurveyColumns =
        Services().Select(s => (s.Code, s.Name)).ToList();

    private static Service[] Services() =>
    [
        new("online-booking", "Ease of Online booking", "decision", "web", 2.89, 0.046, 0.23),
        new("departure-arrival-time", "Departure/Arrival time convenient", "decision", "web", 3.22, 0.053, -0.06),
        new("online-boarding", "Online boarding", DemoDataSeeder.ExperienceStage, "web", 3.35, 0.025, 0.57),
        new("checkin-service", "Checkin service", DemoDataSeeder.ExperienceStage, DemoDataSeeder.AirportChannel, 3.31, 0, 0.24),
        new("gate-location", "Gate location", DemoDataSeeder.ExperienceStage, DemoDataSeeder.AirportChannel, 2.98, 0, -0.02),
        new("seat-comfort", "Seat comfort", DemoDataSeeder.ExperienceStage, DemoDataSeeder.InFlightChannel, 3.45, 0, 0.35),
        new("leg-room", "Leg room service", DemoDataSeeder.ExperienceStage, DemoDataSeeder.InFlightChannel, 3.37, 0.005, 0.31),
        new("cleanliness", "Cleanliness", DemoDataSeeder.ExperienceStage, DemoDataSeeder.InFlightChannel, 3.29, 0, 0.31),
        new("food-and-drink", "Food and drink", DemoDataSeeder.ExperienceStage, DemoDataSeeder.InFlightChannel, 3.22, 0.001, 0.22),
        new("inflight-wifi", "Inflight wifi service", DemoDataSeeder.ExperienceStage, DemoDataSeeder.InFlightChannel, 2.81, 0.031, 0.39),
        new("inflight-entertainment", "Inflight entertainment", DemoDataSeeder.ExperienceStage, DemoDataSeeder.InFlightChannel, 3.36, 0, 0.40),
        new("onboard-service", "On-board service", DemoDataSeeder.ExperienceStage, DemoDataSeeder.InFlightChannel, 3.39, 0, 0.32),
        new("inflight-service", "Inflight service", DemoDataSeeder.ExperienceStage, DemoDataSeeder.InFlightChannel, 3.65, 0, 0.25),
        new("baggage-handling", "Baggage handling", DemoDataSeeder.ExperienceStage, DemoDataSeeder.AirportChannel, 3.63, 0, 0.25),
    ];

    public static async Task<List<StagedResponse>> CreateAsync(DemoContext c, DemoRandom random, CancellationToken ct)
    {
        var services = Services();
        var touchpoints = services.Select(s => c.Touchpoint(s.Code, s.Name, s.Stage, s.Channel,
            s.Channel == DemoDataSeeder.InFlightChannel ? "Cabin services" : s.Channel == "web" ? "Digital" : "Airport operations",
            "Service standard", "Comfortable, effortless travel")).ToArray();
        var time = touchpoints.Single(t => t.Code == "departure-arrival-time");
        time.Metrics.Add(new OperationalMetric
        {
            Code = "on-time-departure", Name = "Departures within 15 minutes", Unit = "%",
            Direction = MetricDirection.HigherIsBetter, Target = 85, Worst = 50, Measurements = c.Monthly(m => 78 + (m % 4) * 1.5),
        });
        c.Db.Touchpoints.AddRange(touchpoints);
        var journey = DemoContext.Journey(JourneyCode, "Air travel",
            "Booking to baggage claim, rated by passengers after their flight.", touchpoints, c.Now);
        c.Db.Journeys.Add(journey);
        await c.Db.SaveChangesAsync(ct);

        var satisfied = c.Scale(OverallScale);
        var csat5 = c.Scale("csat5");
        var responses = new List<StagedResponse>();
        var repeatFlyers = new List<(string Id, IReadOnlyList<SegmentRef> Segments, double Class)>();
        for (var p = 0; p < Passengers; p++)
        {
            var d = Days - 1 - p * Days / Passengers;
            var yearShare = (Days - 1 - d) / (double)(Days - 1);
            var day = c.Today.AddDays(-d);

            (string Id, IReadOnlyList<SegmentRef> Segments, double Class) passenger;
            if (repeatFlyers.Count > 20 && random.Chance(0.12))
            {
                passenger = random.Pick(repeatFlyers);
            }
            else
            {
                var loyal = random.Chance(0.815);
                var business = random.Chance(0.69);
                var cabin = random.Weighted([0.48, 0.445, 0.075]);
                var segments = await c.SegmentsAsync(ct,
                    ("customer-type", loyal ? "Loyal Customer" : "disloyal Customer"),
                    ("travel-type", business ? "Business travel" : "Personal Travel"),
                    ("class", cabin switch { 0 => "Business", 1 => "Eco", _ => "Eco Plus" }));
                passenger = ($"pax-{p + 1:00000}", segments, cabin == 0 ? 1.0 : -0.8);
                if (loyal && random.Chance(0.15))
                {
                    repeatFlyers.Add(passenger);
                }
            }

            // Satisfaction first (as in the file: ~44% satisfied, far more in business class), then
            // each rating leans towards it by the touchpoint's link.
            var isSatisfied = random.NextDouble() < 0.44 + 0.25 * passenger.Class;
            var lean = isSatisfied ? 0.56 : -0.44;
            var at = DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(6 + random.Next(16), random.Next(60))), DateTimeKind.Utc);
            for (var i = 0; i < services.Length; i++)
            {
                var s = services[i];
                if (random.Chance(s.NotApplicable))
                {
                    continue;
                }
                var trend = s.Code == "inflight-wifi" ? 0.7 * (yearShare - 0.5) : 0;
                var score = (int)Math.Clamp(Math.Round(s.Mean + trend + 2.6 * s.Link * lean + random.Normal(0, 1.05)), 1, 5);
                responses.Add(new StagedResponse(0, $"demo-air-{p}-{s.Code}", SubjectKind.Touchpoint, touchpoints[i].Id, csat5,
                    score, at, passenger.Id, DemoComments.For(s.Code, score, "csat5", random), passenger.Segments));
            }
            responses.Add(new StagedResponse(0, $"demo-air-{p}-overall", SubjectKind.Journey, journey.Id, satisfied,
                isSatisfied ? 1 : 0, at, passenger.Id, null, passenger.Segments));
        }
        return responses;
    }
}
