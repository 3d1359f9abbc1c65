using System.Globalization;
using CxPortal.Domain.Scoring;

namespace CxPortal.Web.Components.Pages.Dashboards.Parts;

/// <summary>How scores read and look on the dashboards: one decimal, "no data" (never 0) when missing.</summary>
public static class ScoreText
{
    public const string NoData = "no data";

    public static string Score(double? score) => score is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) : NoData;

    /// <summary>A percentage or NPS with its interval, e.g. "78% (74–82%)" or "NPS +12 (5 to 19)".</summary>
    public static string Percent(Estimate? e) => e is null
        ? NoData
        : $"{e.Value.ToString("0", CultureInfo.InvariantCulture)}%{Interval(e, "0", "%")}";

    public static string Nps(Estimate? e) => e is null
        ? NoData
        : $"{Signed(e.Value)}{(e.CiLow is { } lo && e.CiHigh is { } hi ? $" ({Signed(lo)} to {Signed(hi)})" : "")}";

    public static string Mean10(Estimate? e) => e is null
        ? NoData
        : $"{e.Value.ToString("0.0", CultureInfo.InvariantCulture)}{Interval(e, "0.0", "")}";

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Signed(double value, string format = "0") =>
        (value > 0 ? "+" : "") + value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>
    /// The red–amber–green hue of a 0–10 score (0 red, 5 amber, 10 green); null without data. One
    /// continuous scale, so 3.9 and 4.1 look alike, as they should.
    /// </summary>
    public static int? Hue(double? score) => score is { } s ? (int)Math.Round(Math.Clamp(s, 0, 10) * 12) : null;

    /// <summary>Inline style of a tile coloured by score: a tinted background and a solid left edge, readable in both themes.</summary>
    public static string TileStyle(double? score) => Hue(score) is { } h
        ? $"border-left: 6px solid hsl({h}, 75%, 42%); background: hsla({h}, 75%, 45%, 0.14);"
        : "border-left: 6px solid var(--mud-palette-lines-default);";

    /// <summary>A heatmap cell for a delta in points, capped at ±<paramref name="full"/> for the strongest colour.</summary>
    public static string DeltaStyle(double? delta, double full) => delta is { } d
        ? $"background: hsla({(d >= 0 ? 120 : 0)}, 70%, 45%, {Math.Min(Math.Abs(d) / full, 1) * 0.55 + 0.05:0.00});"
        : "";

    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Interval(Estimate e, string format, string unit) =>
        e.CiLow is { } lo && e.CiHigh is { } hi
            ? $" ({lo.ToString(format, CultureInfo.InvariantCulture)}–{hi.ToString(format, CultureInfo.InvariantCulture)}{unit})"
            : "";
}
