using CxPortal.Data;
using CxPortal.Data.Auditing;
using CxPortal.Domain.Journeys;
using CxPortal.Web.Features.Audit;
using CxPortal.Web.Features.Touchpoints;
using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Outcomes;
using CxPortal.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Journeys;

/// <summary>Journeys: named, ordered lists of touchpoints. Every change is audited in the same save.</summary>
public sealed class JourneyService(IDbContextFactory<CxPortalDbContext> contexts, CurrentActor actor, TimeProvider clock)
{
    private const string ConcurrentChange = "The journey or one of its touchpoints was changed at the same time; reload and try again.";

    public async Task<IReadOnlyList<JourneyDetails>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Project(db.Journeys.OrderBy(j => j.Name).ThenBy(j => j.Code)).ToListAsync(ct);
    }

    public async Task<JourneyDetails?> GetAsync(string code, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await GetAsync(db, code, ct);
    }

    public async Task<Outcome<JourneyDetails>> CreateAsync(JourneyInput input, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (normalised, touchpoints, errors) = await ValidateAsync(db, input, ct);
        if (errors is not null)
        {
            return Outcome<JourneyDetails>.Invalid(errors);
        }
        if (await db.Journeys.AnyAsync(j => j.Code == normalised.Code, ct))
        {
            return Outcome<JourneyDetails>.Conflict(Taken(normalised.Code!), "code");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var journey = new Journey
        {
            Code = normalised.Code!, Name = normalised.Name!, Description = normalised.Description!, CreatedAt = now, UpdatedAt = now,
            Steps = normalised.Steps!.Select((s, i) => new JourneyStep { Position = i, TouchpointId = touchpoints[s] }).ToList(),
        };
        db.Journeys.Add(journey);
        AuditLog.Record(db, await actor.NameAsync(), AuditNames.Create, AuditNames.Journey, journey.Code, normalised, now);
        if (!await DbErrors.TrySaveAsync(db, ct))
        {
            return Outcome<JourneyDetails>.Conflict(ConcurrentChange, "code");
        }
        return Outcome<JourneyDetails>.Ok((await GetAsync(db, journey.Code, ct))!);
    }

    /// <summary>Replaces a journey, steps included; the input may carry a new, free code.</summary>
    public async Task<Outcome<JourneyDetails>> UpdateAsync(string code, JourneyInput input, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var journey = await db.Journeys.FirstOrDefaultAsync(j => j.Code == code, ct);
        if (journey is null)
        {
            return Outcome<JourneyDetails>.NotFound("Journey", code);
        }
        var (normalised, touchpoints, errors) = await ValidateAsync(db, input, ct);
        if (errors is not null)
        {
            return Outcome<JourneyDetails>.Invalid(errors);
        }
        if (normalised.Code != code && await db.Journeys.AnyAsync(j => j.Code == normalised.Code, ct))
        {
            return Outcome<JourneyDetails>.Conflict(Taken(normalised.Code!), "code");
        }

        var before = (await GetAsync(db, code, ct))!;
        var beforeInput = new JourneyInput { Code = before.Code, Name = before.Name, Description = before.Description, Steps = [.. before.Steps] };
        if (!beforeInput.SameAs(normalised))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            journey.Code = normalised.Code!;
            journey.Name = normalised.Name!;
            journey.Description = normalised.Description!;
            journey.UpdatedAt = now;
            if (!before.Steps.SequenceEqual(normalised.Steps!))
            {
                // Steps are keyed by position: delete and write them anew rather than shuffle keys in place.
                await db.JourneySteps.Where(s => s.JourneyId == journey.Id).ExecuteDeleteAsync(ct);
                db.JourneySteps.AddRange(normalised.Steps!.Select((s, i) =>
                    new JourneyStep { JourneyId = journey.Id, Position = i, TouchpointId = touchpoints[s] }));
            }
            AuditLog.Record(db, await actor.NameAsync(), AuditNames.Update, AuditNames.Journey, code,
                AuditChanges.Between(beforeInput, normalised), now);
            if (!await DbErrors.TrySaveAsync(db, ct))
            {
                return Outcome<JourneyDetails>.Conflict(ConcurrentChange, "code");
            }
            await transaction.CommitAsync(ct);
        }
        return Outcome<JourneyDetails>.Ok((await GetAsync(db, journey.Code, ct))!);
    }

    /// <summary>Deletes a journey without overall responses; its touchpoints stay in the inventory.</summary>
    public async Task<Outcome<Removed>> DeleteAsync(string code, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var journey = await db.Journeys.Include(j => j.Steps).FirstOrDefaultAsync(j => j.Code == code, ct);
        if (journey is null)
        {
            return Outcome<Removed>.NotFound("Journey", code);
        }
        var responses = await db.Responses.CountAsync(r => r.JourneyId == journey.Id, ct);
        if (responses > 0)
        {
            return Outcome<Removed>.Conflict(
                $"Journey '{code}' has {TouchpointService.Count(responses, "overall response")}; deleting it would delete survey data.");
        }
        db.Journeys.Remove(journey);
        AuditLog.Record(db, await actor.NameAsync(), AuditNames.Delete, AuditNames.Journey, code,
            new { journey.Name, steps = journey.Steps.Count });
        if (!await DbErrors.TrySaveAsync(db, ct))
        {
            return Outcome<Removed>.Conflict(ConcurrentChange);
        }
        return Outcome<Removed>.Ok(new Removed(code, []));
    }

    private static string Taken(string code) => $"A journey with code '{code}' already exists.";

    private static async Task<(JourneyInput Normalised, Dictionary<string, int> Touchpoints, Dictionary<string, string[]>? Errors)>
        ValidateAsync(CxPortalDbContext db, JourneyInput input, CancellationToken ct)
    {
        var normalised = input.Normalised();
        var wanted = normalised.Steps!.Where(s => !string.IsNullOrEmpty(s)).Distinct().ToList();
        var touchpoints = await db.Touchpoints.Where(t => wanted.Contains(t.Code)).ToDictionaryAsync(t => t.Code, t => t.Id, ct);
        var validation = await new JourneyInputValidator(touchpoints.Keys.ToHashSet()).ValidateAsync(normalised, ct);
        return (normalised, touchpoints, validation.IsValid ? null : ValidationErrors.From(validation));
    }

    private static Task<JourneyDetails?> GetAsync(CxPortalDbContext db, string code, CancellationToken ct) =>
        Project(db.Journeys.Where(j => j.Code == code)).FirstOrDefaultAsync(ct);

    private static IQueryable<JourneyDetails> Project(IQueryable<Journey> query) =>
        query.AsNoTracking().Select(j => new JourneyDetails(j.Code, j.Name, j.Description,
            j.Steps.OrderBy(s => s.Position).Select(s => s.Touchpoint.Code).ToList(), j.CreatedAt, j.UpdatedAt));
}
