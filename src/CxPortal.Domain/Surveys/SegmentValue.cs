namespace CxPortal.Domain.Surveys;

/// <summary>One value of a dimension ("EMEA" of "region"), created as responses bring it.</summary>
public sealed class SegmentValue
{
    public int Id { get; set; }
    public int DimensionId { get; set; }
    public SegmentDimension Dimension { get; set; } = null!;
    public required string Value { get; set; }
}
