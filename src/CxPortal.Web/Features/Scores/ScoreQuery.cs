using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CxPortal.Domain.Scoring;

namespace CxPortal.Web.Features.Scores;

/// <summary>
/// The window and segment filter of every score read. Both ends are inclusive days; the default
/// window is the last <see cref="DefaultDays"/> days ending today (UTC).
/// </summary>
public sealed record ScoreQuery(DateOnly From, DateOnly To, IReadOnlyList<SegmentSelection> Segments)
{
    public const int DefaultDays = 90;
    private const string DateFormat = "yyyy-MM-dd";

    public Period Window => new(From, To);

    public static ScoreQuery LastDays(DateOnly today, int days = DefaultDays) => new(today.AddDays(1 - days), today, []);

    /// <summary>
    /// Parses the query string. A missing <c>to</c> is today; a missing <c>from</c> is <see cref="DefaultDays"/>
    /// days before <c>to</c> (both ends counted).
    /// </summary>
    public static bool TryParse(string? from, string? to, IReadOnlyList<string>? segments, DateOnly today,
        [NotNullWhen(true)] out ScoreQuery? query, [NotNullWhen(false)] out string? error)
    {
        query = null;
        if (!TryParseDay("to", to, today, out var end, out error) || !TryParseDay("from", from, end.AddDays(1 - DefaultDays), out var start, out error))
        {
            return false;
        }
        if (start > end)
        {
            error = $"'from' ({start.ToString(DateFormat, CultureInfo.InvariantCulture)}) is after 'to' ({end.ToString(DateFormat, CultureInfo.InvariantCulture)}).";
            return false;
        }

        var selections = new List<SegmentSelection>();
        foreach (var segment in segments ?? [])
        {
            var colon = segment.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == segment.Length - 1 || string.IsNullOrWhiteSpace(segment[..colon]))
            {
                error = $"segment must be dimension:value, e.g. region:EMEA; got '{segment}'.";
                return false;
            }
            selections.Add(new SegmentSelection(segment[..colon].Trim(), segment[(colon + 1)..]));
        }

        query = new ScoreQuery(start, end, selections.Distinct().ToList());
        return true;
    }

    public static bool TryParseGranularity(string? text, out Granularity granularity, [NotNullWhen(false)] out string? error)
    {
        error = null;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "week":
                granularity = Granularity.Week;
                return true;
            case "month":
                granularity = Granularity.Month;
                return true;
            case "quarter":
                granularity = Granularity.Quarter;
                return true;
            default:
                granularity = default;
                error = $"granularity must be week, month or quarter; got '{text}'.";
                return false;
        }
    }

    private static bool TryParseDay(string name, string? text, DateOnly fallback, out DateOnly day,
        [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            day = fallback;
            return true;
        }
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return true;
        }
        error = $"'{name}' must be a date in the form yyyy-MM-dd, e.g. 2026-01-31; got '{text}'.";
        return false;
    }
}
