using System.Globalization;
using CxPortal.Domain.Scoring;

namespace CxPortal.Web.Components.Pages.Dashboards.Parts;

/// <summary>Axis labels of trend buckets: "7 Sep" for weeks, "Sep 26" for months, "Q3 26" for quarters.</summary>
public static class TrendLabels
{
    public static string[] For(IReadOnlyList<DateOnly> starts, Granularity granularity)
    {
        // Weekly axes get crowded: label every other week when there are many.
        var every = granularity == Granularity.Week && starts.Count > 16 ? 2 : 1;
        return starts.Select((d, i) => i % every != 0 ? "" : granularity switch
        {
            Granularity.Week => d.ToString("d MMM", CultureInfo.InvariantCulture),
            Granularity.Month => d.ToString("MMM yy", CultureInfo.InvariantCulture),
            _ => $"Q{(d.Month - 1) / 3 + 1} {d:yy}",
        }).ToArray();
    }
}
