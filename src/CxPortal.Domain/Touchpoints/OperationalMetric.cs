namespace CxPortal.Domain.Touchpoints;

/// <summary>
/// An operational result of a touchpoint (conversion, first-contact resolution, handle time...).
/// Attainment runs from <see cref="Worst"/> (0) to <see cref="Target"/> (10).
/// </summary>
public sealed class OperationalMetric
{
    public int Id { get; set; }
    public int TouchpointId { get; set; }
    public Touchpoint Touchpoint { get; set; } = null!;
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string Unit { get; set; } = "";
    public MetricDirection Direction { get; set; } = MetricDirection.HigherIsBetter;
    public double Target { get; set; }
    public double Worst { get; set; }
    public List<Measurement> Measurements { get; set; } = [];
}
