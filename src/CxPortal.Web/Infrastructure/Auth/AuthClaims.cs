namespace CxPortal.Web.Infrastructure.Auth;

public static class AuthClaims
{
    /// <summary>An API key's scope: ingest, read or admin.</summary>
    public const string Scope = "cx:scope";

    /// <summary>Present while a user must replace a bootstrap or temporary password.</summary>
    public const string MustChangePassword = "cx:must-change-password";

    public const string ApiKeyScheme = "ApiKey";
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Picks the API key handler when the header is present, the Identity cookie otherwise.</summary>
    public const string SmartScheme = "CookieOrApiKey";
}
