namespace CxPortal.Web.Features.Measurements;

/// <summary>A metric's value over a period (both days inclusive), as posted or read from a CSV row.</summary>
public sealed record MeasurementInput
{
    public string? Touchpoint { get; init; }
    public string? Metric { get; init; }
    public DateOnly? PeriodStart { get; init; }
    public DateOnly? PeriodEnd { get; init; }
    public double? Value { get; init; }
}
