using CxPortal.Web.Features.Imports;

namespace CxPortal.Web.Features.Measurements;

/// <summary>
/// What a set of measurements did. Stored counts every item; of those, Replaced had a value for the
/// same metric and period already (the new value wins). With errors, nothing was stored.
/// </summary>
public sealed record MeasurementResult(int Stored, int Created, int Replaced, IReadOnlyList<ItemError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
    public bool TooLarge { get; init; }
}
