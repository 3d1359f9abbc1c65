using CxPortal.Web.Features.Imports;

namespace CxPortal.Web.Features.Measurements;

/// <summary>
/// What a set of measurements did (or, in a dry run, would do). Stored counts the valid items; of
/// those, Replaced changed the value stored for the same metric and period, and Unchanged already
/// had that value. With errors, nothing was stored unless invalid items were to be skipped.
/// </summary>
public sealed record MeasurementResult(int Stored, int Created, int Replaced, int Unchanged, IReadOnlyList<ItemError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
    public bool TooLarge { get; init; }

    public static MeasurementResult Failed(IReadOnlyList<ItemError> errors) => new(0, 0, 0, 0, errors);
}
