namespace CxPortal.Domain.Touchpoints;

/// <summary>An ordered lifecycle stage (Awareness, Consideration, ...).</summary>
public sealed class Stage
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int Position { get; set; }
}
