namespace CxPortal.Domain.Surveys;

/// <summary>A response's value for one segment dimension (at most one per dimension).</summary>
public sealed class ResponseSegment
{
    public long ResponseId { get; set; }
    public int DimensionId { get; set; }
    public int SegmentValueId { get; set; }
    public SegmentValue SegmentValue { get; set; } = null!;
}
