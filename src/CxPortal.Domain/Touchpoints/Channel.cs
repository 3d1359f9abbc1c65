namespace CxPortal.Domain.Touchpoints;

/// <summary>Where a touchpoint happens: web, store, call center, ...</summary>
public sealed class Channel
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}
