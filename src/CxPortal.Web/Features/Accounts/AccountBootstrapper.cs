using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Data.Auditing;
using CxPortal.Web.Features.Demo;
using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxPortal.Web.Features.Accounts;

/// <summary>At start-up: the three roles, the bootstrap admin and API key, and the demo users.</summary>
public sealed class AccountBootstrapper(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IDbContextFactory<CxPortalDbContext> contexts,
    IOptions<BootstrapOptions> bootstrap,
    IOptions<DemoOptions> demo,
    TimeProvider clock,
    ILogger<AccountBootstrapper> logger)
{
    public async Task EnsureAsync(CancellationToken ct)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var options = bootstrap.Value;
        if (!string.IsNullOrWhiteSpace(options.AdminEmail))
        {
            await EnsureAdminAsync(options.AdminEmail.Trim(), options.AdminPassword);
        }
        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            await EnsureApiKeyAsync(options.ApiKey.Trim(), ct);
        }
        if (demo.Value.Seed)
        {
            foreach (var account in DemoAccounts.All)
            {
                await EnsureUserAsync(account.Email, account.Password, account.Role, account.Name, mustChangePassword: false, enable: true);
            }
        }
        else
        {
            await DisableDemoUsersAsync();
        }
    }

    private async Task EnsureAdminAsync(string email, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            throw new InvalidOperationException("Bootstrap:AdminEmail is set but Bootstrap:AdminPassword is not.");
        }
        // The bootstrap password is known to whoever deployed: the admin must replace it at first login.
        await EnsureUserAsync(email, password, Roles.Admin, "Administrator", mustChangePassword: true, enable: false);
    }

    private async Task EnsureUserAsync(string email, string password, string role, string name, bool mustChangePassword, bool enable)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = name,
                MustChangePassword = mustChangePassword, CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Could not create {email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }
            logger.LogInformation("Created {Role} account {Email}", role, email);
        }
        else if (enable && user.IsDisabled)
        {
            user.IsDisabled = false;
            user.LockoutEnd = null;
            await users.UpdateAsync(user);
        }
        if (!await users.IsInRoleAsync(user, role))
        {
            await users.AddToRoleAsync(user, role);
        }
    }

    private async Task EnsureApiKeyAsync(string secret, CancellationToken ct)
    {
        if (secret.Length < 16)
        {
            throw new InvalidOperationException("Bootstrap:ApiKey must be at least 16 characters.");
        }
        var hash = ApiKeySecrets.Hash(secret);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.ApiKeys.AnyAsync(k => k.SecretHash == hash && k.RevokedAt == null, ct))
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.ApiKeys.Add(new ApiKey
        {
            Name = "bootstrap", Scope = ApiKeyScopes.Admin, Prefix = ApiKeySecrets.Display(secret), SecretHash = hash,
            CreatedBy = CurrentActor.System, CreatedAt = now,
        });
        AuditLog.Record(db, CurrentActor.System, "create", "api-key", "bootstrap", new { scope = ApiKeyScopes.Admin }, now);
        await db.SaveChangesAsync(ct);
    }

    private async Task DisableDemoUsersAsync()
    {
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(account.Email) is { IsDisabled: false } user)
            {
                user.IsDisabled = true;
                user.LockoutEnd = DateTimeOffset.MaxValue;
                await users.UpdateAsync(user);
                await users.UpdateSecurityStampAsync(user);
                logger.LogWarning("Demo:Seed is off: disabled the demo account {Email}", account.Email);
            }
        }
    }
}
