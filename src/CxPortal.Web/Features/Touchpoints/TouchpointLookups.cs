using CxPortal.Data;
using CxPortal.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Touchpoints;

/// <summary>The stage and channel codes a touchpoint may name, with their ids.</summary>
public sealed record TouchpointLookups(IReadOnlyDictionary<string, int> Stages, IReadOnlyDictionary<string, int> Channels)
{
    public static async Task<TouchpointLookups> LoadAsync(CxPortalDbContext db, CancellationToken ct) =>
        new(await db.Stages.OrderBy(s => s.Position).ToDictionaryAsync(s => s.Code, s => s.Id, ct),
            await db.Channels.OrderBy(c => c.Code).ToDictionaryAsync(c => c.Code, c => c.Id, ct));

    /// <summary>A stored touchpoint in input form, its stage and channel ids turned back into codes.</summary>
    public TouchpointInput Snapshot(Touchpoint t) =>
        TouchpointInput.Of(t, Stages.First(s => s.Value == t.StageId).Key, Channels.First(c => c.Value == t.ChannelId).Key);
}
