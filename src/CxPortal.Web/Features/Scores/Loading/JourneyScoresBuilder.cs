using CxPortal.Data.ScoreCounts;
using CxPortal.Domain.Scoring;
using CxPortal.Domain.Settings;

namespace CxPortal.Web.Features.Scores;

/// <summary>Turns the counts of a window and of the window before it into the scorecard view.</summary>
internal static class JourneyScoresBuilder
{
    public static JourneyScores Build(JourneyDefinition journey, ScoreQuery query, Period previous, WindowTotals totals,
        ScoringSettings settings)
    {
        var confidence = settings.ConfidenceLevel;
        var now = JourneyScoring.Score(journey, totals.Current, query.Window, settings);
        var before = JourneyScoring.Score(journey, totals.Previous, previous, settings);
        var rating = Rating(journey, totals.Current, confidence);
        var ratingBefore = Rating(journey, totals.Previous, confidence);

        var touchpoints = journey.Touchpoints.Select((t, i) =>
        {
            var r = now.Touchpoints[i];
            var change = ChangeView.Of(
                FigureComparison.Compare(totals.Current[t.Subject], totals.Previous[t.Subject], confidence),
                ChangeView.Delta(r.Score, before.Touchpoints[i].Score));
            return View(t, r, query.Window, change);
        }).ToList();

        return new JourneyScores(
            journey.Ref, query.From, query.To, query.Segments, confidence, now.Index,
            FiguresView.Of(rating.Overall, ChangeView.Of(FigureComparison.Compare(rating.Overall, ratingBefore.Overall, confidence))),
            FiguresView.Of(rating.Pool, ChangeView.Of(FigureComparison.Compare(rating.Pool, ratingBefore.Pool, confidence))),
            new MaskingView(now.Masking.Masked, now.Masking.Message, now.Masking.TouchpointCodes),
            now.Stages.Select(s => new StageView(s.Code, s.Name, s.Score, s.N)).ToList(),
            touchpoints,
            now.WeakPoints,
            new PreviousWindowView(previous.From, previous.To, before.Index, ChangeView.Delta(now.Index, before.Index)));
    }

    /// <summary>Overall rating and touchpoint pool, both from raw counts (never an average of averages).</summary>
    public static JourneyRating Rating(JourneyDefinition journey, SubjectSets sets, double confidence) =>
        JourneyRating.Compute(sets[journey.Subject], JourneyRating.PoolOf(journey.Touchpoints.Select(t => sets[t.Subject])), confidence);

    public static TouchpointScoreView View(TouchpointDefinition t, TouchpointResult r, Period window, ChangeView change) =>
        new(t.Code, t.Name, t.StageCode, t.StageName, t.Owner, t.Weight, t.RelationshipWeight, r.N, r.Score, r.Relationship,
            r.Operational, r.Figures?.Mean10, r.Figures?.Csat, r.Figures?.TopBox, r.Figures?.Nps, r.Figures?.CsatN ?? 0,
            r.Figures?.NpsN ?? 0, r.Impact, r.Flags, r.Tentative, JourneyScoring.Metrics(t, r.Metrics, window), change);
}
