namespace CxPortal.Web.Infrastructure.Email;

/// <summary>One e-mail: plain text always (readable everywhere), HTML optionally.</summary>
public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string TextBody, string? HtmlBody = null);
