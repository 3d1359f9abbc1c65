namespace CxPortal.Data.ScoreCounts;

/// <summary>Responses whose value of one dimension is any of <see cref="ValueIds"/>.</summary>
/// <param name="ValueIds">Empty when the requested values are not stored yet: then nothing matches.</param>
public sealed record SegmentCondition(int DimensionId, IReadOnlyList<int> ValueIds);
