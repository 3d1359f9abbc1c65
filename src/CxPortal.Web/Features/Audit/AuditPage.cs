namespace CxPortal.Web.Features.Audit;

public sealed record AuditPage(IReadOnlyList<AuditEntryView> Items, int Page, int PageSize, int Total);
