namespace CxPortal.Web.Features.ApiKeys;

/// <summary>A key as listed: never its secret.</summary>
public sealed record ApiKeyInfo(int Id, string Name, string Scope, string Prefix, string? CreatedBy, DateTime CreatedAt,
    DateTime? LastUsedAt, DateTime? RevokedAt);
