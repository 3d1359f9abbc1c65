using System.Text.Json;

namespace CxPortal.Web.Features.Audit;

/// <summary>One audit entry as the API shows it; <see cref="Details"/> is the recorded JSON, not a string of it.</summary>
public sealed record AuditEntryView(
    long Id, DateTime At, string Actor, string Action, string EntityType, string EntityKey, JsonElement? Details);
