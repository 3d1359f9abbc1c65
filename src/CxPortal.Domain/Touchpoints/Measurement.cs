namespace CxPortal.Domain.Touchpoints;

/// <summary>A metric's value over a period (both dates inclusive).</summary>
public sealed class Measurement
{
    public long Id { get; set; }
    public int MetricId { get; set; }
    public OperationalMetric Metric { get; set; } = null!;
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public double Value { get; set; }
}
