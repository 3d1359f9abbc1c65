namespace CxPortal.Web.Features.Scores;

/// <summary>An operational metric over the window: the mean of the measurements overlapping it, and its 0–10 attainment.</summary>
public sealed record MetricView(
    string Code,
    string Name,
    string Unit,
    string Direction,
    double Target,
    double Worst,
    double? Value,
    double? Attainment,
    bool MissedTarget,
    int Measurements);
