namespace CxPortal.Web.Infrastructure.Email;

/// <summary>
/// Sends one message now, or throws (the caller's background job records the failure and retries).
/// One implementation talks SMTP; tests start a real SMTP server rather than replacing this.
/// </summary>
public interface IEmailSender
{
    bool IsConfigured { get; }

    Task SendAsync(EmailMessage message, CancellationToken ct);
}
