namespace CxPortal.Web.Features.Imports;

/// <summary>Why one item of a batch (0-based index) or one CSV row (its line) cannot be stored.</summary>
/// <param name="Field">The contract's field name at fault ("score", "segments.region"), or "" for the whole item.</param>
public sealed record ItemError(long Index, string Field, string Message);
