using CxPortal.Domain.Scoring;
using CxPortal.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Data.ScoreCounts;

/// <summary>
/// Reads score sets from the count store: score_counts without a segment filter, segment_score_counts
/// for a filter on one dimension (exact: a response has one value per dimension), and only for
/// filters on two or more dimensions the raw responses, bounded by subject and day through indexes.
/// Every read is one grouped query that sums counts by subject, scale and score in the database.
/// </summary>
public sealed class ScoreCountReader(CxPortalDbContext db, IReadOnlyDictionary<int, ScaleDefinition> scales)
{
    public static async Task<IReadOnlyDictionary<int, ScaleDefinition>> LoadScalesAsync(
        CxPortalDbContext db, CancellationToken ct = default)
    {
        var scales = await db.SurveyScales.AsNoTracking().ToListAsync(ct);
        return scales.ToDictionary(s => s.Id, ScaleDefinition.From);
    }

    public async Task<SubjectSets> TotalsAsync(
        IReadOnlyCollection<Subject> subjects, Period window, SegmentFilter filter, CancellationToken ct = default) =>
        (await TotalsAsync(subjects, window, null, filter, ct)).Current;

    /// <summary>
    /// Totals of <paramref name="current"/> and of <paramref name="previous"/> (which must end the day
    /// before current starts) in one query: the rows of both windows are read together and split by day.
    /// </summary>
    public async Task<WindowTotals> TotalsAsync(IReadOnlyCollection<Subject> subjects, Period current, Period? previous,
        SegmentFilter filter, CancellationToken ct = default)
    {
        if (previous is not null && previous.To.AddDays(1) != current.From)
        {
            throw new ArgumentException("The previous window must end the day before the current one starts.", nameof(previous));
        }

        var split = current.From;
        var rows = await Cells(subjects, new Period(previous?.From ?? current.From, current.To), filter)
            .GroupBy(c => new { c.Kind, c.SubjectId, Previous = c.Day < split, c.ScaleId, c.Score })
            .Select(g => new { g.Key.Kind, g.Key.SubjectId, g.Key.Previous, g.Key.ScaleId, g.Key.Score, Count = g.Sum(c => c.Count) })
            .ToListAsync(ct);

        var totals = new WindowTotals(new SubjectSets(), new SubjectSets());
        foreach (var r in rows)
        {
            (r.Previous ? totals.Previous : totals.Current).Add(new Subject(r.Kind, r.SubjectId), scales[r.ScaleId], r.Score, r.Count);
        }
        return totals;
    }

    /// <summary>Per subject, one set per bucket of <paramref name="granularity"/>, every bucket of the window listed (empty ones too).</summary>
    public async Task<IReadOnlyDictionary<Subject, IReadOnlyList<PeriodSet>>> SeriesAsync(IReadOnlyCollection<Subject> subjects,
        Period window, Granularity granularity, SegmentFilter filter, CancellationToken ct = default)
    {
        var rows = await Cells(subjects, window, filter)
            .GroupBy(c => new { c.Kind, c.SubjectId, c.Day, c.ScaleId, c.Score })
            .Select(g => new { g.Key.Kind, g.Key.SubjectId, g.Key.Day, g.Key.ScaleId, g.Key.Score, Count = g.Sum(c => c.Count) })
            .ToListAsync(ct);

        var buckets = Periods.Enumerate(window.From, window.To, granularity);
        var series = subjects.Distinct().ToDictionary(s => s, _ => buckets.Select(b => new PeriodSet(b, new ScoreSet())).ToList());
        foreach (var r in rows)
        {
            // The first bucket is clipped to the window, so a day's bucket starts at the later of the two.
            var start = Periods.StartOf(r.Day, granularity);
            var index = BucketIndex(buckets, start < window.From ? window.From : start);
            series[new Subject(r.Kind, r.SubjectId)][index].Set.Add(scales[r.ScaleId], r.Score, r.Count);
        }
        return series.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<PeriodSet>)kv.Value);
    }

    /// <summary>
    /// Per subject and value of <paramref name="dimension"/>, the responses carrying that value. Exact from
    /// the per-segment counts unless the filter names another dimension too; then from raw responses.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, SubjectSets>> BySegmentValueAsync(IReadOnlyCollection<Subject> subjects,
        Period window, SegmentCondition dimension, SegmentFilter filter, CancellationToken ct = default)
    {
        var sameDimension = filter.Conditions.Where(c => c.DimensionId == dimension.DimensionId).ToList();
        var values = dimension.ValueIds.Where(v => sameDimension.All(c => c.ValueIds.Contains(v))).ToList();
        var others = new SegmentFilter(filter.Conditions.Where(c => c.DimensionId != dimension.DimensionId).ToList());

        IQueryable<CountCell> cells;
        if (others.IsEmpty)
        {
            cells = SegmentCells(subjects, window, values);
        }
        else
        {
            var dimensionId = dimension.DimensionId;
            cells = from r in RawResponses.Of(db, subjects, window, others)
                    from g in r.Segments
                    where g.DimensionId == dimensionId && values.Contains(g.SegmentValueId)
                    select new CountCell
                    {
                        Kind = r.TouchpointId == null ? SubjectKind.Journey : SubjectKind.Touchpoint,
                        SubjectId = r.TouchpointId ?? r.JourneyId!.Value,
                        SegmentValueId = g.SegmentValueId,
                        Day = r.Day,
                        ScaleId = r.ScaleId,
                        Score = r.Score,
                        Count = 1,
                    };
        }

        var rows = await cells
            .GroupBy(c => new { c.Kind, c.SubjectId, c.SegmentValueId, c.ScaleId, c.Score })
            .Select(g => new { g.Key.Kind, g.Key.SubjectId, g.Key.SegmentValueId, g.Key.ScaleId, g.Key.Score, Count = g.Sum(c => c.Count) })
            .ToListAsync(ct);

        var byValue = values.ToDictionary(v => v, _ => new SubjectSets());
        foreach (var r in rows)
        {
            byValue[r.SegmentValueId].Add(new Subject(r.Kind, r.SubjectId), scales[r.ScaleId], r.Score, r.Count);
        }
        return byValue;
    }

    private IQueryable<CountCell> Cells(IReadOnlyCollection<Subject> subjects, Period window, SegmentFilter filter)
    {
        if (filter.IsEmpty)
        {
            var (touchpoints, journeys) = Split(subjects);
            return db.ScoreCounts.AsNoTracking()
                .Where(c => (c.SubjectKind == SubjectKind.Touchpoint && touchpoints.Contains(c.SubjectId))
                            || (c.SubjectKind == SubjectKind.Journey && journeys.Contains(c.SubjectId)))
                .Where(c => c.Day >= window.From && c.Day <= window.To)
                .Select(c => new CountCell
                {
                    Kind = c.SubjectKind, SubjectId = c.SubjectId, Day = c.Day, ScaleId = c.ScaleId, Score = c.Score, Count = c.Count,
                });
        }

        if (filter.IsSingleDimension)
        {
            return SegmentCells(subjects, window, filter.Conditions[0].ValueIds.ToList());
        }

        return RawResponses.Cells(RawResponses.Of(db, subjects, window, filter).AsNoTracking());
    }

    private IQueryable<CountCell> SegmentCells(IReadOnlyCollection<Subject> subjects, Period window, List<int> values)
    {
        var (touchpoints, journeys) = Split(subjects);
        return db.SegmentScoreCounts.AsNoTracking()
            .Where(c => (c.SubjectKind == SubjectKind.Touchpoint && touchpoints.Contains(c.SubjectId))
                        || (c.SubjectKind == SubjectKind.Journey && journeys.Contains(c.SubjectId)))
            .Where(c => values.Contains(c.SegmentValueId) && c.Day >= window.From && c.Day <= window.To)
            .Select(c => new CountCell
            {
                Kind = c.SubjectKind, SubjectId = c.SubjectId, SegmentValueId = c.SegmentValueId, Day = c.Day,
                ScaleId = c.ScaleId, Score = c.Score, Count = c.Count,
            });
    }

    private static (List<int> Touchpoints, List<int> Journeys) Split(IReadOnlyCollection<Subject> subjects) =>
        (subjects.Where(s => s.Kind == SubjectKind.Touchpoint).Select(s => s.Id).Distinct().ToList(),
         subjects.Where(s => s.Kind == SubjectKind.Journey).Select(s => s.Id).Distinct().ToList());

    private static int BucketIndex(IReadOnlyList<Period> buckets, DateOnly from)
    {
        int lo = 0, hi = buckets.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (buckets[mid].From <= from)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
