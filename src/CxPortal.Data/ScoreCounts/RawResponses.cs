using CxPortal.Domain.Scoring;
using CxPortal.Domain.Surveys;

namespace CxPortal.Data.ScoreCounts;

/// <summary>
/// The raw responses of some subjects in a window, narrowed by a segment filter. Subject and day
/// come first so the (touchpoint_id, day) and (journey_id, day) indexes bound the scan; each
/// segment condition is an EXISTS on response_segments' primary key (response_id, dimension_id).
/// </summary>
internal static class RawResponses
{
    public static IQueryable<Response> Of(CxPortalDbContext db, IReadOnlyCollection<Subject> subjects, Period window,
        SegmentFilter filter)
    {
        var touchpoints = subjects.Where(s => s.Kind == SubjectKind.Touchpoint).Select(s => s.Id).ToList();
        var journeys = subjects.Where(s => s.Kind == SubjectKind.Journey).Select(s => s.Id).ToList();
        var query = db.Responses.Where(r =>
            (r.TouchpointId != null && touchpoints.Contains(r.TouchpointId.Value))
            || (r.JourneyId != null && journeys.Contains(r.JourneyId.Value)));
        return Filter(query.Where(r => r.Day >= window.From && r.Day <= window.To), filter);
    }

    public static IQueryable<Response> Filter(IQueryable<Response> query, SegmentFilter filter)
    {
        foreach (var condition in filter.Conditions)
        {
            var dimension = condition.DimensionId;
            var values = condition.ValueIds.ToList();
            query = query.Where(r => r.Segments.Any(s => s.DimensionId == dimension && values.Contains(s.SegmentValueId)));
        }
        return query;
    }

    public static IQueryable<CountCell> Cells(IQueryable<Response> responses) =>
        responses.Select(r => new CountCell
        {
            Kind = r.TouchpointId == null ? SubjectKind.Journey : SubjectKind.Touchpoint,
            SubjectId = r.TouchpointId ?? r.JourneyId!.Value,
            Day = r.Day,
            ScaleId = r.ScaleId,
            Score = r.Score,
            Count = 1,
        });
}
