namespace CxPortal.Data.Auditing;

/// <summary>Who changed what, and when (UTC).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityKey { get; set; }
    public string? Details { get; set; }
}
