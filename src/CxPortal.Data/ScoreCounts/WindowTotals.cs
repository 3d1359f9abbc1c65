namespace CxPortal.Data.ScoreCounts;

/// <summary>Totals of a window and of the window before it, read in one round trip.</summary>
public sealed record WindowTotals(SubjectSets Current, SubjectSets Previous);
