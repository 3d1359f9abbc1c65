using System.Data.Common;
using System.Globalization;
using CxPortal.Data;
using CxPortal.Data.Auditing;
using CxPortal.Domain.Journeys;
using CxPortal.Domain.Touchpoints;
using CxPortal.Web.Features.Audit;
using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Outcomes;
using CxPortal.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Touchpoints;

/// <summary>Creates, changes and deletes inventory touchpoints; every change is audited in the same save.</summary>
public sealed class TouchpointService(IDbContextFactory<CxPortalDbContext> contexts, CurrentActor actor, TimeProvider clock)
{
    private const string ConcurrentChange = "Another change to the same code was saved at the same time; reload and try again.";

    public async Task<Outcome<TouchpointDetails>> CreateAsync(TouchpointInput input, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lookups = await TouchpointLookups.LoadAsync(db, ct);
        var normalised = input.Normalised();
        var validation = await new TouchpointInputValidator(lookups).ValidateAsync(normalised, ct);
        if (!validation.IsValid)
        {
            return Outcome<TouchpointDetails>.Invalid(ValidationErrors.From(validation));
        }
        if (await db.Touchpoints.AnyAsync(t => t.Code == normalised.Code, ct))
        {
            return Outcome<TouchpointDetails>.Conflict(Taken(normalised.Code!), "code");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var touchpoint = new Touchpoint { Code = normalised.Code!, Name = normalised.Name!, CreatedAt = now, UpdatedAt = now };
        normalised.ApplyTo(touchpoint, lookups);
        db.Touchpoints.Add(touchpoint);
        AuditLog.Record(db, await actor.NameAsync(), AuditNames.Create, AuditNames.Touchpoint, touchpoint.Code, normalised, now);
        if (!await DbErrors.TrySaveAsync(db, ct))
        {
            return Outcome<TouchpointDetails>.Conflict(ConcurrentChange, "code");
        }
        return Outcome<TouchpointDetails>.Ok((await TouchpointQueries.GetAsync(db, touchpoint.Code, ct))!);
    }

    /// <summary>Replaces the touchpoint at <paramref name="code"/>; the input may carry a new, free code.</summary>
    public async Task<Outcome<TouchpointDetails>> UpdateAsync(string code, TouchpointInput input, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var touchpoint = await db.Touchpoints.FirstOrDefaultAsync(t => t.Code == code, ct);
        if (touchpoint is null)
        {
            return Outcome<TouchpointDetails>.NotFound("Touchpoint", code);
        }
        var lookups = await TouchpointLookups.LoadAsync(db, ct);
        var normalised = input.Normalised();
        var validation = await new TouchpointInputValidator(lookups).ValidateAsync(normalised, ct);
        if (!validation.IsValid)
        {
            return Outcome<TouchpointDetails>.Invalid(ValidationErrors.From(validation));
        }
        if (normalised.Code != code && await db.Touchpoints.AnyAsync(t => t.Code == normalised.Code, ct))
        {
            return Outcome<TouchpointDetails>.Conflict(Taken(normalised.Code!), "code");
        }

        var before = lookups.Snapshot(touchpoint);
        if (before != normalised)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            normalised.ApplyTo(touchpoint, lookups);
            touchpoint.UpdatedAt = now;
            AuditLog.Record(db, await actor.NameAsync(), AuditNames.Update, AuditNames.Touchpoint, code,
                AuditChanges.Between(before, normalised), now);
            if (!await DbErrors.TrySaveAsync(db, ct))
            {
                return Outcome<TouchpointDetails>.Conflict(ConcurrentChange, "code");
            }
        }
        return Outcome<TouchpointDetails>.Ok((await TouchpointQueries.GetAsync(db, touchpoint.Code, ct))!);
    }

    /// <summary>
    /// Deletes a touchpoint that carries no data, taking it out of its journeys (the later steps move
    /// up). One with responses or measurements is refused: deleting it would delete that data.
    /// </summary>
    public async Task<Outcome<Removed>> DeleteAsync(string code, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One transaction from the checks to the delete; on SQLite it holds the write lock throughout.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var touchpoint = await db.Touchpoints.AsNoTracking().Where(t => t.Code == code)
            .Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(ct);
        if (touchpoint is null)
        {
            return Outcome<Removed>.NotFound("Touchpoint", code);
        }
        var responses = await db.Responses.CountAsync(r => r.TouchpointId == touchpoint.Id, ct);
        var measurements = await db.Measurements.CountAsync(m => m.Metric.TouchpointId == touchpoint.Id, ct);
        if (responses > 0 || measurements > 0)
        {
            return Outcome<Removed>.Conflict(HasData(code, responses, measurements));
        }

        var journeyIds = await db.JourneySteps.Where(s => s.TouchpointId == touchpoint.Id).Select(s => s.JourneyId).ToListAsync(ct);
        var journeys = await db.Journeys.Where(j => journeyIds.Contains(j.Id)).ToListAsync(ct);
        var remaining = await db.JourneySteps.AsNoTracking()
            .Where(s => journeyIds.Contains(s.JourneyId) && s.TouchpointId != touchpoint.Id)
            .OrderBy(s => s.Position).Select(s => new { s.JourneyId, s.TouchpointId }).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            // Steps are keyed by position, so the journeys' steps are written anew, closing the gap.
            await db.JourneySteps.Where(s => journeyIds.Contains(s.JourneyId)).ExecuteDeleteAsync(ct);
            await db.Touchpoints.Where(t => t.Id == touchpoint.Id).ExecuteDeleteAsync(ct);
            foreach (var journey in journeys)
            {
                journey.UpdatedAt = now;
                db.JourneySteps.AddRange(remaining.Where(s => s.JourneyId == journey.Id)
                    .Select((s, i) => new JourneyStep { JourneyId = journey.Id, Position = i, TouchpointId = s.TouchpointId }));
            }
            var journeyCodes = journeys.Select(j => j.Code).Order(StringComparer.Ordinal).ToList();
            AuditLog.Record(db, await actor.NameAsync(), AuditNames.Delete, AuditNames.Touchpoint, code,
                new { touchpoint.Name, removedFromJourneys = journeyCodes }, now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Outcome<Removed>.Ok(new Removed(code, journeyCodes));
        }
        catch (Exception e) when (e is DbException or DbUpdateException && DbErrors.IsConstraintViolation(e))
        {
            return Outcome<Removed>.Conflict($"Touchpoint '{code}' received data while it was being deleted; nothing was deleted.");
        }
    }

    internal static string Taken(string code) => $"A touchpoint with code '{code}' already exists.";

    internal static string HasData(string code, int responses, int measurements)
    {
        var parts = new List<string>();
        if (responses > 0)
        {
            parts.Add(Count(responses, "response"));
        }
        if (measurements > 0)
        {
            parts.Add(Count(measurements, "measurement"));
        }
        var data = (responses > 0, measurements > 0) switch
        {
            (true, true) => "survey data and operational data",
            (true, false) => "survey data",
            _ => "operational data",
        };
        return $"Touchpoint '{code}' has {string.Join(" and ", parts)}; deleting it would delete {data}. " +
               "Take it out of its journeys instead, or keep it.";
    }

    internal static string Count(int n, string noun) =>
        $"{n.ToString("N0", CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";
}
