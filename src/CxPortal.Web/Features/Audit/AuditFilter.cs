namespace CxPortal.Web.Features.Audit;

/// <summary>
/// Query of the audit log. <see cref="From"/> and <see cref="To"/> are days (<c>yyyy-MM-dd</c>, both
/// inclusive, UTC) or ISO 8601 instants; <see cref="Page"/> counts from 1.
/// </summary>
public sealed record AuditFilter(
    string? From = null, string? To = null, string? EntityType = null, string? Actor = null, int? Page = null, int? PageSize = null)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
}
