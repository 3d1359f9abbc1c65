using CxPortal.Domain.Surveys;
using CxPortal.Domain.Touchpoints;

namespace CxPortal.Web.Infrastructure.Validation;

/// <summary>The words the HTTP contract uses for enums (http-api.md), in one place.</summary>
public static class ContractWords
{
    public static readonly WordMap<TrackingMode> TrackingModes = new(
        ("persistent", TrackingMode.Persistent), ("periodic", TrackingMode.Periodic), ("pulsed", TrackingMode.Pulsed));

    public static readonly WordMap<MetricDirection> Directions = new(
        ("higher", MetricDirection.HigherIsBetter), ("lower", MetricDirection.LowerIsBetter));

    public static readonly WordMap<ScaleKind> ScaleKinds = new(
        ("nps", ScaleKind.Nps), ("csat", ScaleKind.Csat), ("ces", ScaleKind.Ces), ("rating", ScaleKind.Rating));

    // Static forms for EF projections, which must not capture an instance.
    public static string Word(TrackingMode mode) => TrackingModes.Word(mode);

    public static string Word(MetricDirection direction) => Directions.Word(direction);

    public static string Word(ScaleKind kind) => ScaleKinds.Word(kind);
}
