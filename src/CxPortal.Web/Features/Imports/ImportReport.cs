namespace CxPortal.Web.Features.Imports;

/// <param name="Line">The 1-based line of the file where the row starts (the header is line 1).</param>
public sealed record RejectedRow(long Line, string Reason);

/// <summary>
/// What an import did (or, in a dry run, would do). Accepted and duplicates count responses: one per
/// row in the long format, one per rated column in the wide format. Rejected lists at most
/// <see cref="MaxListed"/> rows; <see cref="RejectedRows"/> counts them all.
/// </summary>
public sealed record ImportReport(
    long RowsRead, long Accepted, long Duplicates, long RejectedRows, IReadOnlyList<RejectedRow> Rejected, bool DryRun, bool Stored)
{
    public const int MaxListed = 1_000;
}
