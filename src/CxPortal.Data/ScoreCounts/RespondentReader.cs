using CxPortal.Domain.Scoring;
using CxPortal.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Data.ScoreCounts;

/// <summary>
/// Respondent-level reads (key drivers, advocacy profile) that counts cannot answer. Each is one
/// query over the raw responses of one journey and window, bounded through the subject/day indexes;
/// responses without a respondent id cannot be linked and are left out.
/// </summary>
public sealed class RespondentReader(CxPortalDbContext db)
{
    /// <summary>
    /// For every respondent who rated both a touchpoint and the journey overall in the window, their
    /// mean normalised touchpoint rating paired with their mean normalised overall rating. The pairing
    /// and the per-respondent means happen in the database, so only the pairs travel.
    /// </summary>
    public async Task<IReadOnlyList<DriverPair>> DriverPairsAsync(int journeyId, IReadOnlyCollection<int> touchpointIds,
        Period window, SegmentFilter filter, CancellationToken ct = default)
    {
        // Each side reads only its own subjects, so each is one range scan of its (subject, day) index.
        var overall = Normalised([Subject.Journey(journeyId)], window, filter)
            .GroupBy(x => x.RespondentId)
            .Select(g => new { Respondent = g.Key, Y = g.Average(x => x.Value) });
        var perTouchpoint = Normalised(touchpointIds.Select(Subject.Touchpoint).ToList(), window, filter)
            .GroupBy(x => new { x.RespondentId, x.TouchpointId })
            .Select(g => new { g.Key.RespondentId, g.Key.TouchpointId, X = g.Average(x => x.Value) });
        var pairs = from t in perTouchpoint
                    join o in overall on t.RespondentId equals o.Respondent
                    select new { t.TouchpointId, t.X, o.Y };
        var rows = await pairs.ToListAsync(ct);
        return rows.Select(p => new DriverPair(p.TouchpointId!.Value, p.X, p.Y)).ToList();
    }

    /// <summary>
    /// Each respondent of the journey (touchpoint and overall ratings) with their distinct response
    /// days and whether they are an advocate: judged on their overall ratings when they gave any,
    /// otherwise on their touchpoint ratings, and an advocate only when every one of those is a
    /// promoter (nps scales) or top box (other scales).
    /// </summary>
    public async Task<IReadOnlyList<RespondentActivity>> ActivityAsync(int journeyId, IReadOnlyCollection<int> touchpointIds,
        Period window, SegmentFilter filter, CancellationToken ct = default)
    {
        var rows = await (
                from r in Responses(journeyId, touchpointIds, window, filter)
                join s in db.SurveyScales on r.ScaleId equals s.Id
                select new
                {
                    r.RespondentId,
                    r.Day,
                    Overall = r.JourneyId != null,
                    Advocate = r.Score >= (s.Kind == ScaleKind.Nps ? s.SatisfiedMin : s.TopBoxMin),
                })
            .GroupBy(x => x.RespondentId)
            .Select(g => new
            {
                Days = g.Select(x => x.Day).Distinct().Count(),
                Overall = g.Count(x => x.Overall),
                OverallAdvocate = g.Count(x => x.Overall && x.Advocate),
                All = g.Count(),
                AllAdvocate = g.Count(x => x.Advocate),
            })
            .ToListAsync(ct);
        return rows.Select(r => new RespondentActivity(r.Days,
            r.Overall > 0 ? r.OverallAdvocate == r.Overall : r.AllAdvocate == r.All)).ToList();
    }

    /// <summary>The newest comments on a subject in the window (newest first), through the subject/day index.</summary>
    public async Task<IReadOnlyList<ResponseComment>> LatestCommentsAsync(Subject subject, Period window, SegmentFilter filter,
        int limit, CancellationToken ct = default)
    {
        var rows = await (
                from r in RawResponses.Of(db, [subject], window, filter).AsNoTracking()
                where r.Comment != null && r.Comment != ""
                join s in db.SurveyScales on r.ScaleId equals s.Id
                orderby r.Day descending, r.RespondedAt descending, r.Id descending
                select new { r.Comment, r.RespondedAt, r.Score, s.Code })
            .Take(limit)
            .ToListAsync(ct);
        return rows.Select(r => new ResponseComment(r.Comment!, r.RespondedAt, r.Score, r.Code)).ToList();
    }

    private IQueryable<Response> Responses(int journeyId, IReadOnlyCollection<int> touchpointIds, Period window, SegmentFilter filter)
    {
        var subjects = touchpointIds.Select(Subject.Touchpoint).Append(Subject.Journey(journeyId)).ToList();
        return RawResponses.Of(db, subjects, window, filter).AsNoTracking().Where(r => r.RespondentId != null);
    }

    private IQueryable<NormalisedRating> Normalised(IReadOnlyCollection<Subject> subjects, Period window, SegmentFilter filter) =>
        from r in RawResponses.Of(db, subjects, window, filter).AsNoTracking().Where(r => r.RespondentId != null)
        join s in db.SurveyScales on r.ScaleId equals s.Id
        select new NormalisedRating
        {
            RespondentId = r.RespondentId!,
            TouchpointId = r.TouchpointId,
            Value = 10.0 * (r.Score - s.Min) / (s.Max - s.Min),
        };

    private sealed class NormalisedRating
    {
        public required string RespondentId { get; init; }
        public int? TouchpointId { get; init; }
        public double Value { get; init; }
    }
}
