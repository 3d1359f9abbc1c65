using CxPortal.Data;
using CxPortal.Data.ScoreCounts;
using CxPortal.Domain.Scoring;
using CxPortal.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Scores;

/// <summary>One touchpoint in depth: window figures, trend, distribution, metrics and latest comments.</summary>
public sealed class TouchpointScoreService(IDbContextFactory<CxPortalDbContext> contexts)
{
    /// <summary>How many comments the page shows.</summary>
    public const int CommentLimit = 10;

    public async Task<TouchpointScores?> TouchpointScoresAsync(string code, ScoreQuery query, Granularity granularity,
        CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var previous = Periods.Previous(query.From, query.To);
        var touchpoint = await ScoreInputs.TouchpointAsync(db, code, new Period(previous.From, query.To), ct);
        if (touchpoint is null)
        {
            return null;
        }

        var settings = await ScoreInputs.SettingsAsync(db, ct);
        var filter = await ScoreInputs.FilterAsync(db, query.Segments, ct);
        var scales = await db.SurveyScales.AsNoTracking().Include(s => s.Labels).ToDictionaryAsync(s => s.Id, ct);
        var reader = new ScoreCountReader(db, scales.ToDictionary(kv => kv.Key, kv => ScaleDefinition.From(kv.Value)));
        Subject[] subject = [touchpoint.Subject];
        var totals = await reader.TotalsAsync(subject, query.Window, previous, filter, ct);
        var series = await reader.SeriesAsync(subject, query.Window, granularity, filter, ct);
        var comments = await new RespondentReader(db).LatestCommentsAsync(touchpoint.Subject, query.Window, filter, CommentLimit, ct);

        var confidence = settings.ConfidenceLevel;
        var set = totals.Current[touchpoint.Subject];
        var now = Alone(touchpoint, set, query.Window, settings);
        var before = Alone(touchpoint, totals.Previous[touchpoint.Subject], previous, settings);
        var figures = ScoreFigures.Compute(set, confidence);
        var change = ChangeView.Of(FigureComparison.Compare(set, totals.Previous[touchpoint.Subject], confidence),
            ChangeView.Delta(now.Score, before.Score));

        return new TouchpointScores(
            new TouchpointRef(touchpoint.Code, touchpoint.Name, touchpoint.StageCode, touchpoint.StageName, touchpoint.Channel,
                touchpoint.Owner, touchpoint.RelationshipWeight),
            query.From, query.To, query.Segments, confidence, granularity,
            now.N, now.Score, now.Relationship, now.Operational, figures.Mean10, figures.Csat, figures.TopBox, figures.Nps,
            FiguresView.Of(figures, change), now.Flags, now.Tentative, change,
            new PreviousWindowView(previous.From, previous.To, before.Score, ChangeView.Delta(now.Score, before.Score)),
            series[touchpoint.Subject].Select(p => Point(touchpoint, p, granularity, settings)).ToList(),
            set.Histograms.Select(h => Distribution(h, scales[h.Scale.Id])).ToList(),
            JourneyScoring.Metrics(touchpoint, now.Metrics, query.Window),
            comments.Select(c => new CommentView(c.Text, c.RespondedAt, c.Score, c.Scale)).ToList());
    }

    /// <summary>The touchpoint scored on its own, so the domain raises its absolute flags (no journey: no lagging, no impact).</summary>
    internal static TouchpointResult Alone(TouchpointDefinition t, ScoreSet set, Period window, Domain.Settings.ScoringSettings settings) =>
        JourneyScorer.Score([new StageInput(t.StageCode, t.StageName)], [JourneyScoring.Input(t, set, window, settings)], settings)
            .Touchpoints[0];

    private static TrendPoint Point(TouchpointDefinition t, PeriodSet p, Granularity granularity, Domain.Settings.ScoringSettings settings)
    {
        var r = Alone(t, p.Set, p.Period, settings);
        return new TrendPoint(Periods.StartOf(p.Period.From, granularity), Periods.EndOf(p.Period.From, granularity),
            p.Period.From, p.Period.To, r.N, r.Score, r.Relationship, r.Operational,
            r.Figures?.Mean10, r.Figures?.Csat, r.Figures?.TopBox, r.Figures?.Nps);
    }

    private static ScaleDistribution Distribution(ScoreHistogram h, SurveyScale scale)
    {
        var s = h.Scale;
        var labels = scale.Labels.ToDictionary(l => l.Value, l => l.Text);
        var values = Enumerable.Range(s.Min, s.Points).Select(score => new DistributionValue(
            score,
            labels.GetValueOrDefault(score),
            h.Count(score),
            h.N > 0 ? 100.0 * h.Count(score) / h.N : null,
            s.IsTopBox(score) ? "top-box" : s.IsSatisfied(score) ? "satisfied" : "below",
            s.Kind != ScaleKind.Nps ? null : s.IsPromoter(score) ? "promoter" : s.IsDetractor(score) ? "detractor" : "passive"))
            .ToList();
        return new ScaleDistribution(
            new ScaleView(scale.Code, scale.Name, s.Kind, s.Min, s.Max, s.SatisfiedMin, s.TopBoxMin), h.N, h.Satisfied, h.TopBox, values);
    }
}
