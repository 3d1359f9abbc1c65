namespace CxPortal.Data.ScoreCounts;

/// <param name="CellsChecked">Cells in the recount of the raw responses (plain and per segment).</param>
/// <param name="Differences">Up to <see cref="ScoreCountVerifier.MaxReported"/> differing cells.</param>
public sealed record VerifyReport(long ResponsesCounted, long CellsChecked, long DifferenceCount, IReadOnlyList<CountDifference> Differences)
{
    public bool Consistent => DifferenceCount == 0;
}
