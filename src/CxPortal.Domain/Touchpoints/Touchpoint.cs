namespace CxPortal.Domain.Touchpoints;

/// <summary>One item of the company-wide inventory of ways a customer meets the company.</summary>
public sealed class Touchpoint
{
    public const double DefaultWeight = 1.0;
    public const double DefaultRelationshipWeight = 0.5;

    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public int StageId { get; set; }
    public Stage Stage { get; set; } = null!;
    public int ChannelId { get; set; }
    public Channel Channel { get; set; } = null!;
    public string Owner { get; set; } = "";
    public bool Intentional { get; set; } = true;
    public string OperationalPurpose { get; set; } = "";
    public string RelationshipPurpose { get; set; } = "";
    public TrackingMode TrackingMode { get; set; } = TrackingMode.Persistent;

    /// <summary>Importance in stage and journey roll-ups (≥ 0).</summary>
    public double Weight { get; set; } = DefaultWeight;

    /// <summary>w in S = w·R + (1−w)·O (0..1).</summary>
    public double RelationshipWeight { get; set; } = DefaultRelationshipWeight;

    public List<OperationalMetric> Metrics { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
