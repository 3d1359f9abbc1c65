using CxPortal.Data.ScoreCounts;

namespace CxPortal.Web.Features.ScoreCounts;

/// <summary>A verify report with each differing cell named in the inventory's words, for the admin page.</summary>
public sealed record CountCheck(VerifyReport Report, IReadOnlyList<CountCheckRow> Differences);

/// <param name="Subject">"touchpoint electronics-store" or "journey product-launch (overall)".</param>
/// <param name="Segment">"region = EMEA" for a per-segment cell; null for a plain one.</param>
public sealed record CountCheckRow(string Subject, string? Segment, DateOnly Day, string Scale, int Score, long Stored, long Recounted);
