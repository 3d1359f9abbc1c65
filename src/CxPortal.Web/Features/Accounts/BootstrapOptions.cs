namespace CxPortal.Web.Features.Accounts;

/// <summary>The <c>Bootstrap</c> section: what start-up makes sure exists.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
    public string? ApiKey { get; set; }
}
