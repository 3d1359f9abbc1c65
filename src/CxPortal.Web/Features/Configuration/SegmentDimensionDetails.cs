namespace CxPortal.Web.Features.Configuration;

/// <param name="Values">How many distinct values responses have brought for it.</param>
/// <param name="InUse">Whether any response carries it; then it cannot be removed.</param>
public sealed record SegmentDimensionDetails(string Code, string Name, int Values, bool InUse);
