namespace CxPortal.Web.Features.Touchpoints.Metrics;

/// <summary>A metric as the API returns it, with how many measurements it has.</summary>
public sealed record MetricDetails(
    string Code, string Name, string Unit, string Direction, double Target, double Worst, int Measurements);
