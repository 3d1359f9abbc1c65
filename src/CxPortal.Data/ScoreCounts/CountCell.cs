using CxPortal.Domain.Surveys;

namespace CxPortal.Data.ScoreCounts;

/// <summary>
/// The common shape every count source is projected to (score_counts, segment_score_counts, or raw
/// responses counted one each), so one grouping serves them all.
/// </summary>
internal sealed class CountCell
{
    public SubjectKind Kind { get; init; }
    public int SubjectId { get; init; }
    public int SegmentValueId { get; init; }
    public DateOnly Day { get; init; }
    public int ScaleId { get; init; }
    public int Score { get; init; }
    public long Count { get; init; }
}
