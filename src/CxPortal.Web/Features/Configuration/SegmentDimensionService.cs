using CxPortal.Data;
using CxPortal.Data.Auditing;
using CxPortal.Domain.Surveys;
using CxPortal.Web.Features.Audit;
using CxPortal.Web.Features.Touchpoints;
using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Configuration;

/// <summary>The segment dimensions responses may carry (region, product line, ...). The list is replaced whole.</summary>
public sealed class SegmentDimensionService(IDbContextFactory<CxPortalDbContext> contexts, CurrentActor actor)
{
    public async Task<IReadOnlyList<SegmentDimensionDetails>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await ListAsync(db, ct);
    }

    /// <summary>Dimensions are matched by code: new codes are added, missing ones removed (refused while responses carry them).</summary>
    public async Task<Outcome<IReadOnlyList<SegmentDimensionDetails>>> ReplaceAsync(
        IReadOnlyList<CodeNameInput?>? input, CancellationToken ct = default)
    {
        var errors = CodeListValidator.Validate(input, "segment dimension", requireOne: false);
        if (errors.Count > 0)
        {
            return Outcome<IReadOnlyList<SegmentDimensionDetails>>.Invalid(errors);
        }
        var items = input!.Select(i => i!).ToList();

        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var dimensions = await db.SegmentDimensions.OrderBy(d => d.Id).ToListAsync(ct);
        var change = CodeListChange.Between(dimensions.Select(d => (d.Code, d.Name)).ToList(), items, ordered: false);
        var removed = dimensions.Where(d => change.Removed.Contains(d.Code)).ToList();
        var removedIds = removed.Select(d => d.Id).ToList();
        // The raw rows, not the count store: this guard must hold even if the counts were off.
        var used = await db.ResponseSegments.Where(s => removedIds.Contains(s.DimensionId))
            .GroupBy(s => s.DimensionId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(ct);
        if (used.Count > 0)
        {
            return Outcome<IReadOnlyList<SegmentDimensionDetails>>.Conflict(string.Join(" ", used.Select(u =>
                $"Segment dimension '{removed.First(d => d.Id == u.Id).Code}' is used by {TouchpointService.Count(u.Count, "response")}; " +
                "it cannot be removed.")));
        }
        if (change.IsEmpty)
        {
            return Outcome<IReadOnlyList<SegmentDimensionDetails>>.Ok(await ListAsync(db, ct));
        }

        // Values without responses are left-overs of nothing; they go with their dimension.
        await db.SegmentValues.Where(v => removedIds.Contains(v.DimensionId)).ExecuteDeleteAsync(ct);
        db.SegmentDimensions.RemoveRange(removed);
        foreach (var item in items)
        {
            if (dimensions.FirstOrDefault(d => d.Code == item.Code) is { } dimension)
            {
                dimension.Name = item.Name!.Trim();
            }
            else
            {
                db.SegmentDimensions.Add(new SegmentDimension { Code = item.Code!, Name = item.Name!.Trim() });
            }
        }
        AuditLog.Record(db, await actor.NameAsync(), AuditNames.Replace, AuditNames.SegmentDimensions, AuditNames.SegmentDimensions, change);
        if (!await DbErrors.TrySaveAsync(db, ct))
        {
            return Outcome<IReadOnlyList<SegmentDimensionDetails>>.Conflict(
                "Responses with a removed dimension arrived at the same time; reload and try again.");
        }
        await transaction.CommitAsync(ct);
        return Outcome<IReadOnlyList<SegmentDimensionDetails>>.Ok(await ListAsync(db, ct));
    }

    private static async Task<IReadOnlyList<SegmentDimensionDetails>> ListAsync(CxPortalDbContext db, CancellationToken ct) =>
        await db.SegmentDimensions.AsNoTracking().OrderBy(d => d.Name).ThenBy(d => d.Code)
            .Select(d => new SegmentDimensionDetails(d.Code, d.Name, d.Values.Count,
                db.ResponseSegments.Any(s => s.DimensionId == d.Id)))
            .ToListAsync(ct);
}
