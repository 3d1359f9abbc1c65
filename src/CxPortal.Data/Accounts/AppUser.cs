using Microsoft.AspNetCore.Identity;

namespace CxPortal.Data.Accounts;

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Set for bootstrap and invited accounts: the first login must choose a new password.</summary>
    public bool MustChangePassword { get; set; }

    public bool IsDisabled { get; set; }
    public DateTime CreatedAt { get; set; }
}
