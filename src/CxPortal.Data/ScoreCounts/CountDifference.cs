namespace CxPortal.Data.ScoreCounts;

/// <summary>A cell of the count store that disagrees with a recount of the raw responses.</summary>
/// <param name="SegmentValueId">Null for the plain counts; set for the per-segment counts.</param>
public sealed record CountDifference(
    short SubjectKind, int SubjectId, int? SegmentValueId, DateOnly Day, int ScaleId, int Score, long Stored, long Recounted);
