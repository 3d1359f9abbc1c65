using CxPortal.Domain.Scoring;

namespace CxPortal.Web.Features.Scores;

/// <summary>A metric with the measurements that overlap the windows of the request (loaded once for all of them).</summary>
internal sealed record MetricRow(int TouchpointId, MetricDefinition Definition, IReadOnlyList<MeasurementRow> Measurements)
{
    /// <summary>
    /// Attainment over <paramref name="window"/>. A definition the domain rejects (target on the wrong
    /// side of worst) is shown as no data rather than failing the whole scorecard.
    /// </summary>
    public MetricResult Evaluate(Period window)
    {
        if (Definition.Validate() is not null)
        {
            return new MetricResult(Definition.Code, null, null, false);
        }
        var values = Measurements.Where(m => Attainment.Overlaps(m.PeriodStart, m.PeriodEnd, window.From, window.To))
            .Select(m => m.Value).ToList();
        return Attainment.Compute(Definition, values);
    }

    public int CountIn(Period window) =>
        Measurements.Count(m => Attainment.Overlaps(m.PeriodStart, m.PeriodEnd, window.From, window.To));
}
