namespace CxPortal.Web.Features.Touchpoints.Coverage;

/// <summary>Whether a touchpoint has a response or an operational measurement in its tracking window.</summary>
/// <param name="WindowStart">First day of the window; the window ends today.</param>
/// <param name="LastResponse">Day of its latest response, in the window or not.</param>
/// <param name="LastMeasurement">End of the latest measurement period of any of its metrics.</param>
public sealed record TouchpointCoverage(
    string Code,
    string Name,
    string Stage,
    string Channel,
    string TrackingMode,
    int WindowDays,
    DateOnly WindowStart,
    DateOnly? LastResponse,
    DateOnly? LastMeasurement,
    bool Measured);
