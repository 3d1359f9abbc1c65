using CxPortal.Data;
using CxPortal.Data.ScoreCounts;
using CxPortal.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Scores;

/// <summary>The respondent-level views of a journey: key drivers and the advocacy profile.</summary>
public sealed class RespondentScoreService(IDbContextFactory<CxPortalDbContext> contexts)
{
    public async Task<JourneyDrivers?> DriversAsync(string code, ScoreQuery query, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var journey = await ScoreInputs.JourneyAsync(db, code, query.Window, ct);
        if (journey is null)
        {
            return null;
        }

        var (settings, filter, reader) = await ScoreInputs.CountInputsAsync(db, query.Segments, ct);
        var totals = await reader.TotalsAsync(journey.Subjects, query.Window, filter, ct);
        var card = JourneyScoring.Score(journey, totals, query.Window, settings);
        var pairs = (await new RespondentReader(db).DriverPairsAsync(journey.Id, journey.Touchpoints.Select(t => t.Id).ToList(),
                query.Window, filter, ct))
            .ToLookup(p => p.TouchpointId, p => (p.Touchpoint, p.Overall));

        var inputs = journey.Touchpoints.Select((t, i) =>
            new DriverInput(t.Code, KeyDrivers.Importance(pairs[t.Id].ToList()), card.Touchpoints[i].Score)).ToList();
        var analysis = KeyDrivers.Classify(inputs, card.Index, settings.WeakBelow);
        var overallN = totals[journey.Subject].N;

        return new JourneyDrivers(journey.Ref, query.From, query.To, query.Segments, overallN, KeyDrivers.MinimumPairs,
            card.Index, settings.WeakBelow, analysis.MedianImportance,
            journey.Touchpoints.Select((t, i) => new DriverView(t.Code, t.Name, t.StageCode, analysis.Drivers[i].Importance,
                pairs[t.Id].Count(), analysis.Drivers[i].Performance, analysis.Drivers[i].Quadrant)).ToList(),
            analysis.FixFirst,
            overallN == 0
                ? "No overall ratings of this journey in the window: importance needs respondents who rated a touchpoint and the journey."
                : analysis.Drivers.Any(d => d.Importance is null)
                    ? $"Importance needs at least {KeyDrivers.MinimumPairs} respondents who rated both the touchpoint and the journey, and some variance in both."
                    : null);
    }

    public async Task<JourneyProfile?> ProfileAsync(string code, ScoreQuery query, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var journey = await ScoreInputs.JourneyAsync(db, code, query.Window, ct);
        if (journey is null)
        {
            return null;
        }

        var filter = await ScoreInputs.FilterAsync(db, query.Segments, ct);
        var activity = await new RespondentReader(db).ActivityAsync(journey.Id, journey.Touchpoints.Select(t => t.Id).ToList(),
            query.Window, filter, ct);
        var profile = AdvocacyProfile.Compute(activity);
        return new JourneyProfile(journey.Ref, query.From, query.To, query.Segments, profile.Respondents,
        [
            new ProfileLevel("initial", profile.InitialCount, profile.Initial),
            new ProfileLevel("loyalty", profile.LoyaltyCount, profile.Loyalty),
            new ProfileLevel("advocacy", profile.AdvocacyCount, profile.Advocacy),
        ], profile.Shape);
    }
}
