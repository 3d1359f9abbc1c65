namespace CxPortal.Domain.Surveys;

/// <summary>
/// How many responses on a subject and scale gave a score on a day. Every figure is a function of
/// these counts, so any period is answered exactly without scanning raw responses.
/// </summary>
public sealed class ScoreCount
{
    public SubjectKind SubjectKind { get; set; }
    public int SubjectId { get; set; }
    public DateOnly Day { get; set; }
    public int ScaleId { get; set; }
    public int Score { get; set; }
    public int Count { get; set; }
}
