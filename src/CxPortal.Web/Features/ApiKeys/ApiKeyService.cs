using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Data.Auditing;
using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.ApiKeys;

public sealed class ApiKeyService(IDbContextFactory<CxPortalDbContext> contexts, CurrentActor actor, TimeProvider clock)
{
    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ApiKeys.AsNoTracking().OrderBy(k => k.RevokedAt != null).ThenByDescending(k => k.CreatedAt)
            .Select(k => new ApiKeyInfo(k.Id, k.Name, k.Scope, k.Prefix, k.CreatedBy, k.CreatedAt, k.LastUsedAt, k.RevokedAt))
            .ToListAsync(ct);
    }

    /// <summary>Mints a key; returns the field errors instead when the request is not valid.</summary>
    public async Task<(CreatedApiKey? Key, Dictionary<string, string[]> Errors)> CreateAsync(NewApiKey request, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            errors["name"] = ["Give the key a name of 1 to 200 characters, e.g. the system that will use it."];
        }
        if (request.Scope is null || !ApiKeyScopes.All.Contains(request.Scope))
        {
            errors["scope"] = [$"Scope must be one of {string.Join(", ", ApiKeyScopes.All)}."];
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var secret = ApiKeySecrets.Generate();
        var who = await actor.NameAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var key = new ApiKey
        {
            Name = name, Scope = request.Scope!, Prefix = ApiKeySecrets.Display(secret), SecretHash = ApiKeySecrets.Hash(secret),
            CreatedBy = who, CreatedAt = now,
        };
        db.ApiKeys.Add(key);
        AuditLog.Record(db, who, "create", "api-key", name, new { key.Scope, key.Prefix }, now);
        await db.SaveChangesAsync(ct);
        return (new CreatedApiKey(key.Id, key.Name, key.Scope, secret), errors);
    }

    /// <returns>False when no such key exists.</returns>
    public async Task<bool> RevokeAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, ct);
        if (key is null)
        {
            return false;
        }
        if (key.RevokedAt is null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            key.RevokedAt = now;
            AuditLog.Record(db, await actor.NameAsync(), "revoke", "api-key", key.Name, new { key.Id, key.Prefix }, now);
            await db.SaveChangesAsync(ct);
        }
        return true;
    }
}
