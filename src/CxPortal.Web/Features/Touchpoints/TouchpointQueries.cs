using CxPortal.Data;
using CxPortal.Data.Configurations;
using CxPortal.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Touchpoints;

public sealed class TouchpointQueries(IDbContextFactory<CxPortalDbContext> contexts)
{
    public async Task<IReadOnlyList<TouchpointRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Touchpoints.AsNoTracking()
            .OrderBy(t => t.Stage.Position).ThenBy(t => t.Name)
            .Select(t => new
            {
                t.Code, t.Name, Stage = t.Stage.Name, StagePosition = t.Stage.Position, Channel = t.Channel.Name, t.Owner,
                t.Intentional, t.TrackingMode, t.Weight, t.RelationshipWeight,
            })
            .ToListAsync(ct);
        return rows.Select(t => new TouchpointRow(t.Code, t.Name, t.Stage, t.StagePosition, t.Channel, t.Owner, t.Intentional,
            LowercaseEnumConverter<TrackingMode>.ToText(t.TrackingMode), t.Weight, t.RelationshipWeight)).ToList();
    }
}
