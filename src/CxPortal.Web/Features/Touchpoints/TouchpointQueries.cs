using CxPortal.Data;
using CxPortal.Data.Configurations;
using CxPortal.Domain.Touchpoints;
using CxPortal.Web.Infrastructure.Outcomes;
using CxPortal.Web.Infrastructure.Validation;
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

    /// <summary>The distinct owners named in the inventory, for the owner filter.</summary>
    public async Task<IReadOnlyList<string>> OwnersAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var owners = await db.Touchpoints.AsNoTracking().Where(t => t.Owner != "").Select(t => t.Owner).Distinct().ToListAsync(ct);
        return owners.Order(StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>The filtered, sorted inventory. Every filter is a bound parameter; the sort is a whitelisted key.</summary>
    public async Task<Outcome<IReadOnlyList<TouchpointDetails>>> SearchAsync(TouchpointFilter filter, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TouchpointSorts.IsKnown(filter.Sort))
        {
            ValidationErrors.Add(errors, "sort", TouchpointSorts.Problem(filter.Sort!));
        }
        TrackingMode? mode = null;
        if (!string.IsNullOrEmpty(filter.TrackingMode))
        {
            if (ContractWords.TrackingModes.TryParse(filter.TrackingMode, out var parsed))
            {
                mode = parsed;
            }
            else
            {
                ValidationErrors.Add(errors, "trackingMode", ContractWords.TrackingModes.Problem("Tracking mode", filter.TrackingMode));
            }
        }
        if (errors.Count > 0)
        {
            return Outcome<IReadOnlyList<TouchpointDetails>>.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Touchpoints.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim().ToLower();
            query = query.Where(t => t.Code.ToLower().Contains(term) || t.Name.ToLower().Contains(term)
                || t.Owner.ToLower().Contains(term) || t.Description.ToLower().Contains(term));
        }
        if (!string.IsNullOrWhiteSpace(filter.Stage))
        {
            query = query.Where(t => t.Stage.Code == filter.Stage);
        }
        if (!string.IsNullOrWhiteSpace(filter.Channel))
        {
            query = query.Where(t => t.Channel.Code == filter.Channel);
        }
        if (!string.IsNullOrWhiteSpace(filter.Owner))
        {
            var owner = filter.Owner.Trim().ToLower();
            query = query.Where(t => t.Owner.ToLower() == owner);
        }
        if (filter.Intentional is { } intentional)
        {
            query = query.Where(t => t.Intentional == intentional);
        }
        if (mode is { } trackingMode)
        {
            query = query.Where(t => t.TrackingMode == trackingMode);
        }
        var list = await Project(TouchpointSorts.Apply(query, filter.Sort)).ToListAsync(ct);
        return Outcome<IReadOnlyList<TouchpointDetails>>.Ok(list);
    }

    public async Task<TouchpointDetails?> GetAsync(string code, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await GetAsync(db, code, ct);
    }

    internal static Task<TouchpointDetails?> GetAsync(CxPortalDbContext db, string code, CancellationToken ct) =>
        Project(db.Touchpoints.AsNoTracking().Where(t => t.Code == code)).FirstOrDefaultAsync(ct);

    // The word of the tracking mode is computed client-side, in the final projection.
    private static IQueryable<TouchpointDetails> Project(IQueryable<Touchpoint> query) =>
        query.Select(t => new TouchpointDetails(
            t.Code, t.Name, t.Description, t.Stage.Code, t.Stage.Name, t.Channel.Code, t.Channel.Name, t.Owner, t.Intentional,
            t.OperationalPurpose, t.RelationshipPurpose, ContractWords.Word(t.TrackingMode), t.Weight,
            t.RelationshipWeight, t.Metrics.Count, t.CreatedAt, t.UpdatedAt));
}
