namespace CxPortal.Domain.Surveys;

/// <summary>A configured attribute of responses: region, product line, customer type, ...</summary>
public sealed class SegmentDimension
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<SegmentValue> Values { get; set; } = [];
}
