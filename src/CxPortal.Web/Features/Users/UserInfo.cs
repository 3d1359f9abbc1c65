namespace CxPortal.Web.Features.Users;

public sealed record UserInfo(string Id, string Email, string DisplayName, string Role, bool Disabled, bool LockedOut,
    bool MustChangePassword, DateTime CreatedAt);
