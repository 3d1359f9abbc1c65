using CxPortal.Data;
using CxPortal.Data.Auditing;
using CxPortal.Domain.Touchpoints;
using CxPortal.Web.Features.Audit;
using CxPortal.Web.Features.Touchpoints;
using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Configuration;

/// <summary>The ordered lifecycle stages. The list is replaced whole: its order is the stages' order.</summary>
public sealed class StageService(IDbContextFactory<CxPortalDbContext> contexts, CurrentActor actor)
{
    public async Task<IReadOnlyList<StageDetails>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ListAsync(db, ct);
    }

    /// <summary>Stages are matched by code: new codes are added, missing ones removed (refused while touchpoints use them).</summary>
    public async Task<Outcome<IReadOnlyList<StageDetails>>> ReplaceAsync(IReadOnlyList<CodeNameInput?>? input, CancellationToken ct = default)
    {
        var errors = CodeListValidator.Validate(input, "stage", requireOne: true);
        if (errors.Count > 0)
        {
            return Outcome<IReadOnlyList<StageDetails>>.Invalid(errors);
        }
        var items = input!.Select(i => i!).ToList();

        await using var db = await contexts.CreateDbContextAsync(ct);
        var stages = await db.Stages.OrderBy(s => s.Position).ToListAsync(ct);
        var change = CodeListChange.Between(stages.Select(s => (s.Code, s.Name)).ToList(), items, ordered: true);
        var removed = stages.Where(s => change.Removed.Contains(s.Code)).ToList();
        var removedIds = removed.Select(s => s.Id).ToList();
        var used = await db.Touchpoints.Where(t => removedIds.Contains(t.StageId))
            .GroupBy(t => t.StageId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(ct);
        if (used.Count > 0)
        {
            return Outcome<IReadOnlyList<StageDetails>>.Conflict(string.Join(" ", used.Select(u =>
                $"Stage '{removed.First(s => s.Id == u.Id).Code}' is used by {TouchpointService.Count(u.Count, "touchpoint")}; " +
                "move them to another stage before removing it.")));
        }
        if (change.IsEmpty)
        {
            return Outcome<IReadOnlyList<StageDetails>>.Ok(await ListAsync(db, ct));
        }

        db.Stages.RemoveRange(removed);
        for (var i = 0; i < items.Count; i++)
        {
            var stage = stages.FirstOrDefault(s => s.Code == items[i].Code);
            if (stage is null)
            {
                db.Stages.Add(new Stage { Code = items[i].Code!, Name = items[i].Name!.Trim(), Position = i });
            }
            else
            {
                stage.Name = items[i].Name!.Trim();
                stage.Position = i;
            }
        }
        AuditLog.Record(db, await actor.NameAsync(), AuditNames.Replace, AuditNames.Stages, AuditNames.Stages, change);
        if (!await DbErrors.TrySaveAsync(db, ct))
        {
            return Outcome<IReadOnlyList<StageDetails>>.Conflict(
                "A touchpoint was moved into a removed stage at the same time; reload and try again.");
        }
        return Outcome<IReadOnlyList<StageDetails>>.Ok(await ListAsync(db, ct));
    }

    private static async Task<IReadOnlyList<StageDetails>> ListAsync(CxPortalDbContext db, CancellationToken ct)
    {
        var counts = await db.Touchpoints.GroupBy(t => t.StageId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var stages = await db.Stages.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Code).ToListAsync(ct);
        return stages.Select(s => new StageDetails(s.Code, s.Name, s.Position, counts.GetValueOrDefault(s.Id))).ToList();
    }
}
