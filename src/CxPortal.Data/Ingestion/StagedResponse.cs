using CxPortal.Domain.Surveys;

namespace CxPortal.Data.Ingestion;

/// <summary>A validated response with its codes resolved to ids, ready to be written.</summary>
/// <param name="Line">Where it came from (CSV line or 0-based batch index), for the report.</param>
public sealed record StagedResponse(
    long Line,
    string ExternalId,
    SubjectKind SubjectKind,
    int SubjectId,
    int ScaleId,
    int Score,
    DateTime RespondedAt,
    string? RespondentId,
    string? Comment,
    IReadOnlyList<SegmentRef> Segments)
{
    public DateOnly Day => DateOnly.FromDateTime(RespondedAt);
}
