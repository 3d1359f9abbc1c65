namespace CxPortal.Web.Features.Scores;

/// <summary>The window of equal length before the requested one, which every <c>change</c> compares with.</summary>
public sealed record PreviousWindowView(DateOnly From, DateOnly To, double? Index, ScoreDelta? IndexChange);
