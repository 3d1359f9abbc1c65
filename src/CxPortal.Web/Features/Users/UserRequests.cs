namespace CxPortal.Web.Features.Users;

public sealed record InviteUser(string? Email, string? DisplayName, string? Role);

public sealed record UpdateUser(string? DisplayName, string? Role, bool? Disabled);

/// <summary>The invited or reset account and its one-time password, to hand over in person.</summary>
public sealed record TemporaryPassword(UserInfo User, string Password);
