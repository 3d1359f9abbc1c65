using CxPortal.Data.ScoreCounts;
using CxPortal.Domain.Scoring;
using CxPortal.Domain.Settings;

namespace CxPortal.Web.Features.Scores;

/// <summary>Feeds counts and measurements into the domain's <see cref="JourneyScorer"/>; no maths of its own.</summary>
internal static class JourneyScoring
{
    public static JourneyScorecard Score(JourneyDefinition journey, SubjectSets sets, Period window, ScoringSettings settings) =>
        JourneyScorer.Score(journey.Stages, Inputs(journey.Touchpoints, sets, window, settings), settings);

    public static IReadOnlyList<TouchpointInput> Inputs(IEnumerable<TouchpointDefinition> touchpoints, SubjectSets sets,
        Period window, ScoringSettings settings) =>
        touchpoints.Select(t => Input(t, sets[t.Subject], window, settings)).ToList();

    public static TouchpointInput Input(TouchpointDefinition t, ScoreSet set, Period window, ScoringSettings settings) =>
        new(t.Code, t.Name, t.StageCode, t.Owner, t.Weight, t.RelationshipWeight,
            ScoreFigures.Compute(set, settings.ConfidenceLevel), t.Metrics.Select(m => m.Evaluate(window)).ToList());

    public static IReadOnlyList<MetricView> Metrics(TouchpointDefinition t, IReadOnlyList<MetricResult> results, Period window) =>
        t.Metrics.Zip(results, (m, r) => new MetricView(m.Definition.Code, m.Definition.Name, m.Definition.Unit,
            ScoreInputs.DirectionText(m.Definition), m.Definition.Target, m.Definition.Worst, r.Value, r.Attainment,
            r.MissedTarget, m.CountIn(window))).ToList();
}
