using CxPortal.Domain.Scoring;

namespace CxPortal.Data.ScoreCounts;

/// <summary>One point of a trend: a bucket of days (clipped to the window) and its responses.</summary>
public sealed record PeriodSet(Period Period, ScoreSet Set);
