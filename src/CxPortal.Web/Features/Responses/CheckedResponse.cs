using CxPortal.Data.Ingestion;
using CxPortal.Domain.Surveys;

namespace CxPortal.Web.Features.Responses;

/// <summary>
/// A response that passed every check, its codes resolved to ids. Segment values stay text until
/// the write, which finds or creates their ids inside its own transaction.
/// </summary>
public sealed record CheckedResponse(
    string ExternalId, SubjectKind SubjectKind, int SubjectId, int ScaleId, int Score, DateTime RespondedAt,
    string? Respondent, string? Comment, IReadOnlyList<(int DimensionId, string Value)> Segments)
{
    public async Task<StagedResponse> StageAsync(long line, SegmentValueResolver segments, CancellationToken ct)
    {
        var refs = new SegmentRef[Segments.Count];
        for (var i = 0; i < refs.Length; i++)
        {
            var (dimension, value) = Segments[i];
            refs[i] = new SegmentRef(dimension, await segments.ResolveAsync(dimension, value, ct));
        }
        return new StagedResponse(line, ExternalId, SubjectKind, SubjectId, ScaleId, Score, RespondedAt, Respondent, Comment, refs);
    }
}
