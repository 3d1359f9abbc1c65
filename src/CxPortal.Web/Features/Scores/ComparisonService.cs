using CxPortal.Data;
using CxPortal.Data.ScoreCounts;
using CxPortal.Domain.Scoring;
using CxPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Scores;

/// <summary>Each value of a segment dimension against the rest, for a journey and per touchpoint.</summary>
public sealed class ComparisonService(IDbContextFactory<CxPortalDbContext> contexts)
{
    public async Task<JourneyComparison?> CompareAsync(string code, string dimensionCode, ScoreQuery query,
        CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var journey = await ScoreInputs.JourneyAsync(db, code, query.Window, ct);
        if (journey is null)
        {
            return null;
        }

        var dimension = await DimensionAsync(db, dimensionCode, ct);
        var (settings, filter, reader) = await ScoreInputs.CountInputsAsync(db, query.Segments, ct);
        var totals = await reader.TotalsAsync(journey.Subjects, query.Window, filter, ct);
        var byValue = await reader.BySegmentValueAsync(journey.Subjects, query.Window,
            new SegmentCondition(dimension.Id, dimension.Values.Select(v => v.Id).ToList()), filter, ct);

        var confidence = settings.ConfidenceLevel;
        var totalCard = JourneyScoring.Score(journey, totals, query.Window, settings);
        var totalRating = JourneyScoresBuilder.Rating(journey, totals, confidence);
        var values = dimension.Values
            .OrderBy(v => v.Value, StringComparer.Ordinal)
            .Where(v => byValue.TryGetValue(v.Id, out var sets) && journey.Subjects.Any(s => !sets[s].IsEmpty))
            .Select(v => Value(journey, v.Value, byValue[v.Id], totals.Minus(byValue[v.Id]), query.Window, settings))
            .ToList();

        return new JourneyComparison(journey.Ref, query.From, query.To, query.Segments, confidence,
            new CodeName(dimension.Code, dimension.Name),
            new ComparisonTotal(journey.Subjects.Sum(s => totals[s].N), totalCard.Index,
                FiguresView.Of(totalRating.Overall), FiguresView.Of(totalRating.Pool)),
            journey.Touchpoints.Select(t => new CodeName(t.Code, t.Name)).ToList(),
            values);
    }

    /// <summary>
    /// One touchpoint per value of a dimension: the value's figures and their deltas vs the rest
    /// (every other response of the touchpoint in the window and filter). Values without responses are left out.
    /// </summary>
    public async Task<TouchpointBreakdown?> TouchpointBreakdownAsync(string code, string dimensionCode, ScoreQuery query,
        CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var touchpoint = await ScoreInputs.TouchpointAsync(db, code, query.Window, ct);
        if (touchpoint is null)
        {
            return null;
        }

        var dimension = await DimensionAsync(db, dimensionCode, ct);
        var (settings, filter, reader) = await ScoreInputs.CountInputsAsync(db, query.Segments, ct);
        var subject = touchpoint.Subject;
        var total = (await reader.TotalsAsync([subject], query.Window, filter, ct))[subject];
        var byValue = await reader.BySegmentValueAsync([subject], query.Window,
            new SegmentCondition(dimension.Id, dimension.Values.Select(v => v.Id).ToList()), filter, ct);

        var confidence = settings.ConfidenceLevel;
        var rows = dimension.Values
            .Where(v => byValue.TryGetValue(v.Id, out var sets) && !sets[subject].IsEmpty)
            .OrderBy(v => v.Value, StringComparer.Ordinal)
            .Select(v =>
            {
                var set = byValue[v.Id][subject];
                var rest = total.Minus(set);
                var result = TouchpointScoreService.Alone(touchpoint, set, query.Window, settings);
                var restResult = TouchpointScoreService.Alone(touchpoint, rest, query.Window, settings);
                return new SegmentBreakdownRow(v.Value, result.N, result.Score, result.Flags,
                    FiguresView.Of(ScoreFigures.Compute(set, confidence)),
                    ChangeView.Of(FigureComparison.Compare(set, rest, confidence), ChangeView.Delta(result.Score, restResult.Score)));
            })
            .ToList();
        return new TouchpointBreakdown(new CodeName(touchpoint.Code, touchpoint.Name), query.From, query.To, query.Segments,
            confidence, new CodeName(dimension.Code, dimension.Name), total.N, rows);
    }

    /// <summary>The segment dimensions and the values responses brought for them, for the filter and the comparison pickers.</summary>
    public async Task<IReadOnlyList<SegmentDimensionOption>> DimensionsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var dimensions = await db.SegmentDimensions.AsNoTracking().OrderBy(d => d.Name).ThenBy(d => d.Code)
            .Select(d => new { d.Code, d.Name, Values = d.Values.Select(v => v.Value).ToList() })
            .ToListAsync(ct);
        return dimensions.Select(d => new SegmentDimensionOption(d.Code, d.Name,
            d.Values.Order(StringComparer.Ordinal).ToList())).ToList();
    }

    private static async Task<DimensionRow> DimensionAsync(CxPortalDbContext db, string code, CancellationToken ct) =>
        await db.SegmentDimensions.AsNoTracking().Where(d => d.Code == code)
            .Select(d => new DimensionRow(d.Id, d.Code, d.Name, d.Values.Select(v => new DimensionValueRow(v.Id, v.Value)).ToList()))
            .SingleOrDefaultAsync(ct)
        ?? throw await ScoreInputs.UnknownDimensionAsync(db, code, ct);

    private sealed record DimensionRow(int Id, string Code, string Name, List<DimensionValueRow> Values);

    private sealed record DimensionValueRow(int Id, string Value);

    private static SegmentValueView Value(JourneyDefinition journey, string value, SubjectSets sets, SubjectSets rest,
        Period window, ScoringSettings settings)
    {
        var confidence = settings.ConfidenceLevel;
        var card = JourneyScoring.Score(journey, sets, window, settings);
        var restCard = JourneyScoring.Score(journey, rest, window, settings);
        var rating = JourneyScoresBuilder.Rating(journey, sets, confidence);
        var restRating = JourneyScoresBuilder.Rating(journey, rest, confidence);
        var cells = journey.Touchpoints.Select((t, i) =>
        {
            var r = card.Touchpoints[i];
            return new SegmentCellView(t.Code, r.N, r.Score, r.Figures?.Mean10, r.Figures?.Csat, r.Figures?.TopBox,
                r.Figures?.Nps, r.Flags,
                ChangeView.Of(FigureComparison.Compare(sets[t.Subject], rest[t.Subject], confidence),
                    ChangeView.Delta(r.Score, restCard.Touchpoints[i].Score)));
        }).ToList();

        return new SegmentValueView(value, journey.Subjects.Sum(s => sets[s].N), card.Index,
            ChangeView.Delta(card.Index, restCard.Index),
            FiguresView.Of(rating.Overall), ChangeView.Of(FigureComparison.Compare(rating.Overall, restRating.Overall, confidence)),
            FiguresView.Of(rating.Pool), ChangeView.Of(FigureComparison.Compare(rating.Pool, restRating.Pool, confidence)),
            cells);
    }
}
