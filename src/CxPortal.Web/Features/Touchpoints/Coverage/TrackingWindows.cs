using CxPortal.Domain.Touchpoints;

namespace CxPortal.Web.Features.Touchpoints.Coverage;

/// <summary>
/// How far back a touchpoint's latest measurement may lie before the inventory marks it as not
/// measured (docs/scoring-choices.md, "Inventory coverage"): an always-on touchpoint should have data
/// from the last month, a periodic one from the last quarter, a pulsed one from the last year.
/// </summary>
public static class TrackingWindows
{
    public static int Days(TrackingMode mode) => mode switch
    {
        TrackingMode.Persistent => 30,
        TrackingMode.Periodic => 90,
        TrackingMode.Pulsed => 365,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown tracking mode."),
    };

    /// <summary>The window's first day: <paramref name="today"/> and the days before it make <see cref="Days"/> days.</summary>
    public static DateOnly Start(TrackingMode mode, DateOnly today) => today.AddDays(1 - Days(mode));
}
