namespace CxPortal.Data.Ingestion;

/// <param name="Accepted">Rows stored (or, before commit, that would be stored).</param>
/// <param name="Duplicates">Rows whose id was already stored with the same content.</param>
/// <param name="Problems">Ids repeated in the input, and ids already stored with different content.</param>
public sealed record MergeResult(long Accepted, long Duplicates, IReadOnlyList<RowProblem> Problems)
{
    public bool HasConflicts => Problems.Count > 0;
}
