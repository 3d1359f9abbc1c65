namespace CxPortal.Domain.Touchpoints;

public enum MetricDirection
{
    HigherIsBetter,
    LowerIsBetter,
}
