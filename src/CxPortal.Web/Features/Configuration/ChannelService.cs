using CxPortal.Data;
using CxPortal.Data.Auditing;
using CxPortal.Domain.Touchpoints;
using CxPortal.Web.Features.Audit;
using CxPortal.Web.Features.Touchpoints;
using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Configuration;

/// <summary>The channels touchpoints happen in. The list is replaced whole and listed by name.</summary>
public sealed class ChannelService(IDbContextFactory<CxPortalDbContext> contexts, CurrentActor actor)
{
    public async Task<IReadOnlyList<ChannelDetails>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ListAsync(db, ct);
    }

    /// <summary>Channels are matched by code: new codes are added, missing ones removed (refused while touchpoints use them).</summary>
    public async Task<Outcome<IReadOnlyList<ChannelDetails>>> ReplaceAsync(IReadOnlyList<CodeNameInput?>? input, CancellationToken ct = default)
    {
        var errors = CodeListValidator.Validate(input, "channel", requireOne: true);
        if (errors.Count > 0)
        {
            return Outcome<IReadOnlyList<ChannelDetails>>.Invalid(errors);
        }
        var items = input!.Select(i => i!).ToList();

        await using var db = await contexts.CreateDbContextAsync(ct);
        var channels = await db.Channels.OrderBy(c => c.Id).ToListAsync(ct);
        var change = CodeListChange.Between(channels.Select(c => (c.Code, c.Name)).ToList(), items, ordered: false);
        var removed = channels.Where(c => change.Removed.Contains(c.Code)).ToList();
        var removedIds = removed.Select(c => c.Id).ToList();
        var used = await db.Touchpoints.Where(t => removedIds.Contains(t.ChannelId))
            .GroupBy(t => t.ChannelId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(ct);
        if (used.Count > 0)
        {
            return Outcome<IReadOnlyList<ChannelDetails>>.Conflict(string.Join(" ", used.Select(u =>
                $"Channel '{removed.First(c => c.Id == u.Id).Code}' is used by {TouchpointService.Count(u.Count, "touchpoint")}; " +
                "move them to another channel before removing it.")));
        }
        if (change.IsEmpty)
        {
            return Outcome<IReadOnlyList<ChannelDetails>>.Ok(await ListAsync(db, ct));
        }

        db.Channels.RemoveRange(removed);
        foreach (var item in items)
        {
            if (channels.FirstOrDefault(c => c.Code == item.Code) is { } channel)
            {
                channel.Name = item.Name!.Trim();
            }
            else
            {
                db.Channels.Add(new Channel { Code = item.Code!, Name = item.Name!.Trim() });
            }
        }
        AuditLog.Record(db, await actor.NameAsync(), AuditNames.Replace, AuditNames.Channels, AuditNames.Channels, change);
        if (!await DbErrors.TrySaveAsync(db, ct))
        {
            return Outcome<IReadOnlyList<ChannelDetails>>.Conflict(
                "A touchpoint was moved into a removed channel at the same time; reload and try again.");
        }
        return Outcome<IReadOnlyList<ChannelDetails>>.Ok(await ListAsync(db, ct));
    }

    private static async Task<IReadOnlyList<ChannelDetails>> ListAsync(CxPortalDbContext db, CancellationToken ct)
    {
        var counts = await db.Touchpoints.GroupBy(t => t.ChannelId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var channels = await db.Channels.AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Code).ToListAsync(ct);
        return channels.Select(c => new ChannelDetails(c.Code, c.Name, counts.GetValueOrDefault(c.Id))).ToList();
    }
}
