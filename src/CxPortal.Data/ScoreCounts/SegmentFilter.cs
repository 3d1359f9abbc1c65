namespace CxPortal.Data.ScoreCounts;

/// <summary>
/// A segment filter: the values of one dimension are alternatives (region EMEA or APAC), and
/// conditions on different dimensions must all hold (region EMEA and product line X).
/// </summary>
public sealed record SegmentFilter(IReadOnlyList<SegmentCondition> Conditions)
{
    public static SegmentFilter None { get; } = new([]);

    public bool IsEmpty => Conditions.Count == 0;

    /// <summary>
    /// One dimension is answered exactly by the per-segment counts: a response has at most one value
    /// per dimension, so summing the counts of several values of it never counts a response twice.
    /// </summary>
    public bool IsSingleDimension => Conditions.Count == 1;
}
