using System.Security.Claims;
using CxPortal.Data.Accounts;

namespace CxPortal.Web.Infrastructure.Auth;

/// <summary>Who may pass each policy: roles for people, scopes for API keys. The single table of access.</summary>
public static class AccessRules
{
    public static readonly IReadOnlyDictionary<string, (string[] Roles, string[] Scopes)> ByPolicy =
        new Dictionary<string, (string[], string[])>
        {
            [Policies.ReadScores] = ([Roles.Admin, Roles.CxManager, Roles.SalesLead], [ApiKeyScopes.Read, ApiKeyScopes.Admin]),
            [Policies.EditInventory] = ([Roles.Admin, Roles.SalesLead], [ApiKeyScopes.Admin]),
            [Policies.Ingest] = ([Roles.Admin, Roles.SalesLead], [ApiKeyScopes.Ingest, ApiKeyScopes.Admin]),
            [Policies.Admin] = ([Roles.Admin], [ApiKeyScopes.Admin]),
            [Policies.SignedIn] = ([.. Roles.All], []),
        };

    public static bool Allows(string policy, ClaimsPrincipal user)
    {
        var (roles, scopes) = ByPolicy[policy];
        var scope = user.FindFirst(AuthClaims.Scope)?.Value;
        return scope is not null ? scopes.Contains(scope) : roles.Any(user.IsInRole);
    }
}
