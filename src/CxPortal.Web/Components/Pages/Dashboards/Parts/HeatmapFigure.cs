using CxPortal.Domain.Scoring;
using CxPortal.Web.Features.Scores;

namespace CxPortal.Web.Components.Pages.Dashboards.Parts;

/// <summary>
/// The figure a comparison heatmap shows: its tested delta against the rest, and the delta that
/// gives a cell full colour (2 points on 0–10; 20 percentage points; 40 NPS points).
/// </summary>
public sealed record HeatmapFigure(string Code, string Name, string Unit, double FullColour, Func<ChangeView, DeltaTest?> Test)
{
    public static readonly IReadOnlyList<HeatmapFigure> All =
    [
        new("mean", "Mean (0–10)", "", 2, c => c.Mean10),
        new("csat", "CSAT %", " pts", 20, c => c.Csat),
        new("nps", "NPS", " pts", 40, c => c.Nps),
    ];

    public string Format(double value) => value.ToString(Code == "mean" ? "0.0" : "0", System.Globalization.CultureInfo.InvariantCulture);
}
