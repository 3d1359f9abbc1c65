namespace CxPortal.Bench;

/// <summary>
/// The benchmark's survey data, generated deterministically from the row number alone (no state), so
/// any run of any size produces the same rows and the CSV, the raw COPY and the checks agree.
/// 50 touchpoints in 3 journeys, 3 segment dimensions of 5 values, 2 years of days ending on
/// <see cref="LastDay"/>, touchpoints rated on NPS, CSAT (1–5) or CES (1–7), and one response in ten
/// an overall NPS rating of a journey.
/// </summary>
public static class Dataset
{
    public const int TouchpointCount = 50;
    public const int JourneyCount = 3;
    public const int Days = 730;
    public static readonly DateOnly LastDay = new(2026, 10, 31);
    public static DateOnly FirstDay => LastDay.AddDays(1 - Days);

    /// <summary>Scale codes as the product's built-in scales name them, with their ranges.</summary>
    public static readonly (string Code, int Min, int Max)[] Scales = [("nps", 0, 10), ("csat5", 1, 5), ("ces7", 1, 7)];
    public const string OverallScale = "nps";

    public static readonly (string Code, string Name, string[] Values)[] Dimensions =
    [
        ("region", "Region", ["EMEA", "Americas", "APAC", "LATAM", "ANZ"]),
        ("tier", "Customer tier", ["free", "basic", "plus", "pro", "enterprise"]),
        ("device", "Device", ["web", "ios", "android", "phone", "store"]),
    ];

    private static readonly string[] Comments =
    [
        "Quick and friendly, thanks.", "Took far too long to get an answer.", "The website kept logging me out.",
        "Staff knew the product well.", "Delivery arrived a day late.", "Price was not what was advertised.",
    ];

    public static string TouchpointCode(int t) => $"tp-{t + 1:D2}";
    public static string JourneyCode(int j) => $"journey-{(char)('a' + j)}";

    /// <summary>Touchpoint t belongs to journey t mod 3 (17, 17 and 16 touchpoints).</summary>
    public static int JourneyOf(int touchpoint) => touchpoint % JourneyCount;

    /// <summary>Scales rotate in threes so every journey mixes NPS, CSAT and CES touchpoints.</summary>
    public static int ScaleOf(int touchpoint) => touchpoint / JourneyCount % Scales.Length;

    public static IEnumerable<int> TouchpointsOf(int journey) =>
        Enumerable.Range(0, TouchpointCount).Where(t => JourneyOf(t) == journey);

    public static DatasetRow Row(long i)
    {
        var random = new RowRandom(i);
        var region = random.Next(5);
        var tier = random.Next(5);
        var device = random.Next(5);
        var overall = random.Next(10) == 0;
        var subject = overall ? random.Next(JourneyCount) : random.Next(TouchpointCount);
        var scale = overall ? 0 : ScaleOf(subject);
        // Each touchpoint has its own quality, nudged by region so the comparison view has differences.
        var quality = (overall ? 0.7 : 0.35 + 0.55 * (subject * 37 % TouchpointCount) / (TouchpointCount - 1)) + (region - 2) * 0.03;
        var x = Math.Clamp(quality + (random.NextDouble() + random.NextDouble() - 1) * 0.45, 0, 1);
        var (_, min, max) = Scales[scale];
        var day = LastDay.AddDays(-random.Next(Days));
        var at = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddSeconds(random.Next(86_400));
        var respondent = random.Next(20) == 0 ? null : $"c{random.Next(1_000_000):D7}";
        var comment = random.Next(20) == 0 ? Comments[random.Next(Comments.Length)] : null;
        return new DatasetRow(
            $"r{i:D9}",
            overall ? -1 : subject,
            overall ? subject : -1,
            Scales[scale].Code,
            min + (int)Math.Round(x * (max - min)),
            at,
            respondent,
            comment,
            [region, tier, device]);
    }

    /// <summary>SplitMix64 over the row number: cheap, stateless between rows, and the same on every machine.</summary>
    private struct RowRandom(long row)
    {
        private ulong _state = (ulong)row * 0x9E3779B97F4A7C15UL + 0x2545F4914F6CDD1DUL;

        public int Next(int bound) => (int)(NextUInt64() % (ulong)bound);

        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        private ulong NextUInt64()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}

/// <param name="Touchpoint">Index of the rated touchpoint, or -1 for a journey's overall rating.</param>
/// <param name="Journey">Index of the journey rated overall, or -1.</param>
/// <param name="Segments">Value index (0–4) per dimension of <see cref="Dataset.Dimensions"/>.</param>
public sealed record DatasetRow(
    string Id, int Touchpoint, int Journey, string Scale, int Score, DateTime RespondedAt, string? Respondent,
    string? Comment, int[] Segments);
