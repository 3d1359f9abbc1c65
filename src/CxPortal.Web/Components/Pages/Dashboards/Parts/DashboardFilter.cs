using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using CxPortal.Web.Features.Scores;

namespace CxPortal.Web.Components.Pages.Dashboards.Parts;

/// <summary>
/// The window and segments every dashboard page shows, kept in the URL as the API takes them
/// (<c>from</c>, <c>to</c>, repeatable <c>segment=dimension:value</c>) so a link or a bookmark
/// reproduces the view. The default window (the last 90 days) is left out of the URL.
/// </summary>
public sealed record DashboardFilter(DateOnly From, DateOnly To, IReadOnlyList<SegmentSelection> Segments)
{
    /// <summary>The period picker's choices, in days ending today.</summary>
    public static readonly IReadOnlyList<int> Presets = [30, 90, 365];

    private const string DateFormat = "yyyy-MM-dd";

    public ScoreQuery Query => new(From, To, Segments);

    public int Days => To.DayNumber - From.DayNumber + 1;

    public static DashboardFilter LastDays(DateOnly today, int days) => new(today.AddDays(1 - days), today, []);

    public static DashboardFilter Default(DateOnly today) => LastDays(today, ScoreQuery.DefaultDays);

    /// <summary>Reads the URL's values with the API's rules and messages.</summary>
    public static bool TryParse(string? from, string? to, IReadOnlyList<string>? segments, DateOnly today,
        [NotNullWhen(true)] out DashboardFilter? filter, [NotNullWhen(false)] out string? error)
    {
        filter = null;
        if (!ScoreQuery.TryParse(from, to, segments, today, out var query, out error))
        {
            return false;
        }
        filter = new DashboardFilter(query.From, query.To, query.Segments);
        return true;
    }

    /// <summary>The preset this window is (it ends today and lasts 30, 90 or 365 days), or null for a custom window.</summary>
    public int? Preset(DateOnly today) => To == today && Presets.Contains(Days) ? Days : null;

    public bool IsDefault(DateOnly today) => To == today && Days == ScoreQuery.DefaultDays;

    public DashboardFilter WithWindow(DateOnly from, DateOnly to) => this with { From = from, To = to };

    /// <summary>Adds a segment; values of one dimension are alternatives, as in the API.</summary>
    public DashboardFilter With(SegmentSelection segment) =>
        Segments.Contains(segment) ? this : this with { Segments = [.. Segments, segment] };

    public DashboardFilter Without(SegmentSelection segment) => this with { Segments = Segments.Where(s => s != segment).ToList() };

    /// <summary>The URL values: null for "leave it out" (the default window, no segment).</summary>
    public IReadOnlyDictionary<string, object?> QueryValues(DateOnly today) => new Dictionary<string, object?>
    {
        ["from"] = IsDefault(today) ? null : Day(From),
        ["to"] = IsDefault(today) ? null : Day(To),
        ["segment"] = Segments.Count == 0 ? null : Segments.Select(s => s.ToString()).ToArray(),
    };

    /// <summary><paramref name="path"/> with this filter, so moving between dashboards keeps it.</summary>
    public string Link(string path, DateOnly today, params (string Name, string? Value)[] extra)
    {
        var query = new StringBuilder();
        foreach (var (name, value) in QueryValues(today))
        {
            foreach (var text in value switch { string one => [one], string[] many => many, _ => [] })
            {
                Append(name, text);
            }
        }
        foreach (var (name, value) in extra)
        {
            if (value is not null)
            {
                Append(name, value);
            }
        }
        return query.Length == 0 ? path : $"{path}?{query}";

        void Append(string name, string value) =>
            query.Append(query.Length == 0 ? "" : "&").Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }

    /// <summary>"1 Sep 2026 – 29 Nov 2026", for headings.</summary>
    public string Describe() => $"{From.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} – {To.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";

    private static string Day(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);
}
