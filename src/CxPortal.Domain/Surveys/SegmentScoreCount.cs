namespace CxPortal.Domain.Surveys;

/// <summary><see cref="ScoreCount"/> restricted to the responses carrying one segment value.</summary>
public sealed class SegmentScoreCount
{
    public SubjectKind SubjectKind { get; set; }
    public int SubjectId { get; set; }
    public int SegmentValueId { get; set; }
    public DateOnly Day { get; set; }
    public int ScaleId { get; set; }
    public int Score { get; set; }
    public int Count { get; set; }
}
