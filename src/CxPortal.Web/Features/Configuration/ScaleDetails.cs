namespace CxPortal.Web.Features.Configuration;

/// <param name="InUse">Whether responses use the scale; then its range and kind are locked.</param>
/// <param name="Responses">How many responses use it (from the count store).</param>
public sealed record ScaleDetails(
    string Code,
    string Name,
    string Kind,
    int Min,
    int Max,
    int SatisfiedMin,
    int TopBoxMin,
    IReadOnlyDictionary<string, string> Labels,
    bool InUse,
    long Responses);
