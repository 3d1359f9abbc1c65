using CxPortal.Web.Features.Imports;

namespace CxPortal.Web.Features.Measurements;

/// <summary>The rules of a measurement: a known touchpoint and metric (named when unknown), a period, a finite value.</summary>
public sealed class MeasurementChecker(IReadOnlyDictionary<(string Touchpoint, string Metric), int> metrics, IReadOnlySet<string> touchpoints)
{
    public readonly record struct Checked(int MetricId, DateOnly PeriodStart, DateOnly PeriodEnd, double Value);

    public Checked? Check(MeasurementInput input, long index, List<ItemError> errors)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors.Add(new ItemError(index, field, message));

        var touchpoint = input.Touchpoint?.Trim();
        var metric = input.Metric?.Trim();
        var metricId = 0;
        if (string.IsNullOrEmpty(touchpoint))
        {
            Fail("touchpoint", "touchpoint is required.");
        }
        else if (!touchpoints.Contains(touchpoint))
        {
            Fail("touchpoint", $"Touchpoint '{touchpoint}' does not exist.");
        }
        else if (string.IsNullOrEmpty(metric))
        {
            Fail("metric", "metric is required.");
        }
        else if (!metrics.TryGetValue((touchpoint, metric), out metricId))
        {
            Fail("metric", $"Touchpoint '{touchpoint}' has no metric '{metric}'.");
        }

        if (input.PeriodStart is null)
        {
            Fail("periodStart", "periodStart is required (yyyy-MM-dd).");
        }
        if (input.PeriodEnd is null)
        {
            Fail("periodEnd", "periodEnd is required (yyyy-MM-dd).");
        }
        else if (input.PeriodStart is { } start && input.PeriodEnd < start)
        {
            Fail("periodEnd", $"periodEnd {input.PeriodEnd:yyyy-MM-dd} is before periodStart {start:yyyy-MM-dd}.");
        }

        if (input.Value is not { } value)
        {
            Fail("value", "value is required.");
        }
        else if (!double.IsFinite(value))
        {
            Fail("value", "value must be a finite number.");
        }

        return errors.Count > before ? null : new Checked(metricId, input.PeriodStart!.Value, input.PeriodEnd!.Value, input.Value!.Value);
    }
}
