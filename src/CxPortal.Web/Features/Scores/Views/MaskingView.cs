namespace CxPortal.Web.Features.Scores;

/// <summary>Set when a healthy-looking journey index hides critical or weak touchpoints.</summary>
public sealed record MaskingView(bool Masked, string? Message, IReadOnlyList<string> Touchpoints);
