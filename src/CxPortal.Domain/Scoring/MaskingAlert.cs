namespace CxPortal.Domain.Scoring;

/// <summary>Set when a healthy-looking journey index hides critical or weak touchpoints.</summary>
/// <param name="Message">Names the masked touchpoints with their scores; null when not masked.</param>
/// <param name="TouchpointCodes">The masked (critical or weak) touchpoints, in journey order.</param>
public sealed record MaskingAlert(bool Masked, string? Message, IReadOnlyList<string> TouchpointCodes)
{
    public static MaskingAlert None { get; } = new(false, null, []);
}
