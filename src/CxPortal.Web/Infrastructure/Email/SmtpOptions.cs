namespace CxPortal.Web.Infrastructure.Email;

/// <summary>
/// The <c>Smtp:*</c> keys. Without a host the portal sends no e-mail: invitations are delivered by
/// the caller (their URL is in the API answer) and alert rules keep only their webhook targets.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>The sender, e.g. <c>CX Portal &lt;cx@example.com&gt;</c>.</summary>
    public string From { get; set; } = "CX Portal <cxportal@localhost>";

    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>STARTTLS (or implicit TLS on port 465) required; off only for a relay on loopback.</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>How long one SMTP conversation may take before it counts as failed (and is retried later).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
