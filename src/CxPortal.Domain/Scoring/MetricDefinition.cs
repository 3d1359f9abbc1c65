using CxPortal.Domain.Touchpoints;

namespace CxPortal.Domain.Scoring;

/// <summary>The scoring view of an operational metric: attainment runs from Worst (0) to Target (10).</summary>
public sealed record MetricDefinition(
    string Code,
    string Name,
    string Unit,
    MetricDirection Direction,
    double Target,
    double Worst)
{
    public static MetricDefinition From(OperationalMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return new MetricDefinition(metric.Code, metric.Name, metric.Unit, metric.Direction, metric.Target, metric.Worst);
    }

    /// <summary>An error message for the admin, or null when the definition can be scored.</summary>
    public string? Validate()
    {
        if (!double.IsFinite(Target) || !double.IsFinite(Worst))
        {
            return "Target and worst must be finite numbers.";
        }

        if (Target == Worst)
        {
            return "Target and worst must differ: attainment runs from worst (0) to target (10).";
        }

        return Direction switch
        {
            MetricDirection.HigherIsBetter when Target < Worst =>
                "For a higher-is-better metric the target must be greater than the worst value.",
            MetricDirection.LowerIsBetter when Target > Worst =>
                "For a lower-is-better metric the target must be less than the worst value.",
            _ => null,
        };
    }

    /// <summary>True when a value is worse than the target in this metric's direction.</summary>
    public bool Misses(double value) =>
        Direction == MetricDirection.HigherIsBetter ? value < Target : value > Target;
}
