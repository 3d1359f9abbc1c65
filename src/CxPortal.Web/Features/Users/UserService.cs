using System.Security.Cryptography;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Data.Auditing;
using CxPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Users;

/// <summary>Admins invite, re-role, disable and reset users. The last enabled admin cannot lock everyone out.</summary>
public sealed class UserService(
    UserManager<AppUser> users, IDbContextFactory<CxPortalDbContext> contexts, CurrentActor actor, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserInfo>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var list = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return list.Select(u => Info(u, roles.FirstOrDefault(r => r.UserId == u.Id)?.Name ?? "", now)).ToList();
    }

    public async Task<UserResult<TemporaryPassword>> InviteAsync(InviteUser request, CancellationToken ct = default)
    {
        var email = request.Email?.Trim() ?? "";
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _) || email.Length > 256)
        {
            return UserResult<TemporaryPassword>.Invalid("email", "Enter a valid e-mail address.");
        }
        if (request.Role is null || !Roles.All.Contains(request.Role))
        {
            return UserResult<TemporaryPassword>.Invalid("role", $"Role must be one of {string.Join(", ", Roles.All)}.");
        }
        if (await users.FindByEmailAsync(email) is not null)
        {
            return UserResult<TemporaryPassword>.Invalid("email", $"{email} already has an account.");
        }
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, MustChangePassword = true,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? email : request.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var password = TemporaryPasswordText();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return UserResult<TemporaryPassword>.Invalid("email", string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, request.Role);
        await AuditAsync("invite", email, new { role = request.Role }, ct);
        return new(new TemporaryPassword(Info(user, request.Role, clock.GetUtcNow()), password), []);
    }

    public async Task<UserResult<UserInfo>> UpdateAsync(string id, UpdateUser request, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return UserResult<UserInfo>.Missing();
        }
        var currentRole = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        var role = request.Role ?? currentRole;
        if (!Roles.All.Contains(role))
        {
            return UserResult<UserInfo>.Invalid("role", $"Role must be one of {string.Join(", ", Roles.All)}.");
        }
        var disable = request.Disabled ?? user.IsDisabled;
        var losesAdmin = currentRole == Roles.Admin && !user.IsDisabled && (role != Roles.Admin || disable);
        if (losesAdmin && await EnabledAdminsAsync(ct) <= 1)
        {
            return UserResult<UserInfo>.Invalid("role", "This is the last enabled admin; make someone else admin first.");
        }

        if (request.DisplayName is { } name)
        {
            user.DisplayName = name.Trim();
        }
        var changes = new Dictionary<string, object?>();
        if (role != currentRole)
        {
            if (currentRole.Length > 0)
            {
                await users.RemoveFromRoleAsync(user, currentRole);
            }
            await users.AddToRoleAsync(user, role);
            changes["role"] = new { from = currentRole, to = role };
        }
        if (disable != user.IsDisabled)
        {
            user.IsDisabled = disable;
            user.LockoutEnd = disable ? DateTimeOffset.MaxValue : null;
            changes["disabled"] = disable;
        }
        await users.UpdateAsync(user);
        // Open sessions and circuits re-check the stamp and end within minutes.
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync("update", user.Email!, changes, ct);
        return new(Info(user, role, clock.GetUtcNow()), []);
    }

    public async Task<UserResult<TemporaryPassword>> ResetPasswordAsync(string id, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return UserResult<TemporaryPassword>.Missing();
        }
        var password = TemporaryPasswordText();
        await users.RemovePasswordAsync(user);
        await users.AddPasswordAsync(user, password);
        user.MustChangePassword = true;
        user.LockoutEnd = user.IsDisabled ? user.LockoutEnd : null;
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync("reset-password", user.Email!, null, ct);
        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        return new(new TemporaryPassword(Info(user, role, clock.GetUtcNow()), password), []);
    }

    private async Task<int> EnabledAdminsAsync(CancellationToken ct)
    {
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        return admins.Count(a => !a.IsDisabled);
    }

    private async Task AuditAsync(string action, string email, object? details, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        AuditLog.Record(db, await actor.NameAsync(), action, "user", email, details, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    private static UserInfo Info(AppUser u, string role, DateTimeOffset now) =>
        new(u.Id, u.Email ?? "", u.DisplayName, role, u.IsDisabled, !u.IsDisabled && u.LockoutEnd > now, u.MustChangePassword, u.CreatedAt);

    // Four random words' worth of entropy in a form people can type: xxxx-xxxx-xxxx-xxxx.
    private static string TemporaryPasswordText() =>
        string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 4)));
}
