using System.Text.Json;

namespace CxPortal.Data.Auditing;

/// <summary>Adds an audit entry to the context, so it is saved in the same SaveChanges as the change it records.</summary>
public static class AuditLog
{
    public static void Record(CxPortalDbContext db, string actor, string action, string entityType, string entityKey,
        object? details = null, DateTime? at = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = at ?? DateTime.UtcNow,
            Actor = actor,
            Action = action,
            EntityType = entityType,
            EntityKey = entityKey,
            Details = details is null ? null : JsonSerializer.Serialize(details, JsonOptions),
        });

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
