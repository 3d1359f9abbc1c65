using CxPortal.Data;
using CxPortal.Data.ScoreCounts;
using CxPortal.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Scores;

/// <summary>
/// Journey scorecards and weak points, for the API and the Blazor pages alike. Every figure comes
/// from the count store through <see cref="ScoreCountReader"/> and the domain's scoring maths.
/// Methods return null for an unknown code and throw <see cref="ScoreQueryException"/> for an
/// unknown segment dimension.
/// </summary>
public sealed class ScoreService(IDbContextFactory<CxPortalDbContext> contexts)
{
    /// <summary>
    /// The scorecard of a journey with every change against the previous window of equal length.
    /// Both windows come from one grouped count query.
    /// </summary>
    public async Task<JourneyScores?> JourneyScoresAsync(string code, ScoreQuery query, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var previous = Periods.Previous(query.From, query.To);
        var journey = await ScoreInputs.JourneyAsync(db, code, new Period(previous.From, query.To), ct);
        if (journey is null)
        {
            return null;
        }

        var (settings, filter, reader) = await ScoreInputs.CountInputsAsync(db, query.Segments, ct);
        var totals = await reader.TotalsAsync(journey.Subjects, query.Window, previous, filter, ct);
        return JourneyScoresBuilder.Build(journey, query, previous, totals, settings);
    }

    /// <summary>
    /// Every journey's scorecard (journeys by name), from one count query for all of them: the
    /// overview's cards and the journey list.
    /// </summary>
    public async Task<IReadOnlyList<JourneyScores>> AllJourneyScoresAsync(ScoreQuery query, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var previous = Periods.Previous(query.From, query.To);
        var journeys = await ScoreInputs.JourneysAsync(db, new Period(previous.From, query.To), ct);
        var (settings, filter, reader) = await ScoreInputs.CountInputsAsync(db, query.Segments, ct);
        var totals = await reader.TotalsAsync(journeys.SelectMany(j => j.Subjects).Distinct().ToList(), query.Window, previous,
            filter, ct);
        return journeys.Select(j => JourneyScoresBuilder.Build(j, query, previous, totals, settings)).ToList();
    }

    /// <summary>
    /// The journey per week, month or quarter: each bucket scored like a window of its own (index,
    /// overall rating, touchpoint pool), so the trend and the scorecard never disagree.
    /// </summary>
    public async Task<JourneyTrend?> JourneyTrendAsync(string code, ScoreQuery query, Granularity granularity,
        CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var journey = await ScoreInputs.JourneyAsync(db, code, query.Window, ct);
        if (journey is null)
        {
            return null;
        }

        var (settings, filter, reader) = await ScoreInputs.CountInputsAsync(db, query.Segments, ct);
        var subjects = journey.Subjects.Distinct().ToList();
        var series = await reader.SeriesAsync(subjects, query.Window, granularity, filter, ct);
        var points = series[journey.Subject].Select((bucket, i) =>
        {
            var sets = SubjectSets.Of(subjects.Select(s => KeyValuePair.Create(s, series[s][i].Set)));
            var card = JourneyScoring.Score(journey, sets, bucket.Period, settings);
            var rating = JourneyScoresBuilder.Rating(journey, sets, settings.ConfidenceLevel);
            return new JourneyTrendPoint(Periods.StartOf(bucket.Period.From, granularity), Periods.EndOf(bucket.Period.From, granularity),
                bucket.Period.From, bucket.Period.To, subjects.Sum(s => sets[s].N), card.Index,
                FiguresView.Of(rating.Overall), FiguresView.Of(rating.Pool));
        }).ToList();
        return new JourneyTrend(journey.Ref, query.From, query.To, query.Segments, granularity, points);
    }

    /// <summary>Every flagged touchpoint of every journey, from one count query for all of them.</summary>
    public async Task<WeakPointList> WeakPointsAsync(ScoreQuery query, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var settings = await ScoreInputs.SettingsAsync(db, ct);
        var filter = await ScoreInputs.FilterAsync(db, query.Segments, ct);
        var journeys = await ScoreInputs.JourneysAsync(db, query.Window, ct);
        var subjects = journeys.SelectMany(j => j.Touchpoints).Select(t => t.Subject).Distinct().ToList();
        var reader = new ScoreCountReader(db, await ScoreCountReader.LoadScalesAsync(db, ct));
        var totals = await reader.TotalsAsync(subjects, query.Window, filter, ct);

        var items = new List<WeakPointView>();
        foreach (var journey in journeys)
        {
            var card = JourneyScoring.Score(journey, totals, query.Window, settings);
            var results = card.Touchpoints.ToDictionary(r => r.Code);
            items.AddRange(card.WeakPoints.Select((code, rank) =>
            {
                var r = results[code];
                return new WeakPointView(journey.Ref, r.Code, r.Name, r.StageCode, r.Owner, r.Score, r.N, r.Impact, r.Flags,
                    r.Tentative, rank + 1);
            }));
        }

        var ranked = items
            .OrderBy(w => w.Impact is null)
            .ThenByDescending(w => w.Impact)
            .ThenBy(w => w.Score is null)
            .ThenBy(w => w.Score)
            .ThenBy(w => w.Journey.Name, StringComparer.Ordinal)
            .ThenBy(w => w.RankInJourney)
            .ToList();
        return new WeakPointList(query.From, query.To, query.Segments, ranked);
    }
}
