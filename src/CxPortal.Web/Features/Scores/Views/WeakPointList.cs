namespace CxPortal.Web.Features.Scores;

/// <summary>Every weak point of every journey, ranked by impact (worst first), then by score.</summary>
public sealed record WeakPointList(DateOnly From, DateOnly To, IReadOnlyList<SegmentSelection> Segments, IReadOnlyList<WeakPointView> WeakPoints);
