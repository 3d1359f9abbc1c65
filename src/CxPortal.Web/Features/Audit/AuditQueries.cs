using System.Globalization;
using System.Text.Json;
using CxPortal.Data;
using CxPortal.Web.Infrastructure.Outcomes;
using CxPortal.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Audit;

/// <summary>Reads the audit log, newest first, a page at a time.</summary>
public sealed class AuditQueries(IDbContextFactory<CxPortalDbContext> contexts)
{
    public async Task<Outcome<AuditPage>> ListAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var from = ParseBound(filter.From, "from", endOfDay: false, errors);
        var to = ParseBound(filter.To, "to", endOfDay: true, errors);
        var page = filter.Page ?? 1;
        var pageSize = filter.PageSize ?? AuditFilter.DefaultPageSize;
        if (page < 1)
        {
            ValidationErrors.Add(errors, "page", "Page counts from 1.");
        }
        if (pageSize is < 1 or > AuditFilter.MaxPageSize)
        {
            ValidationErrors.Add(errors, "pageSize", $"Page size must be between 1 and {AuditFilter.MaxPageSize}.");
        }
        if (from is not null && to is not null && from > to)
        {
            ValidationErrors.Add(errors, "to", "'to' must not be before 'from'.");
        }
        if (errors.Count > 0)
        {
            return Outcome<AuditPage>.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.AuditEntries.AsNoTracking();
        if (from is not null)
        {
            query = query.Where(e => e.At >= from);
        }
        if (to is not null)
        {
            query = query.Where(e => e.At <= to);
        }
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(e => e.EntityType == filter.EntityType);
        }
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            query = query.Where(e => e.Actor == filter.Actor);
        }
        var total = await query.CountAsync(ct);
        var entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var items = entries.Select(e => new AuditEntryView(e.Id, e.At, e.Actor, e.Action, e.EntityType, e.EntityKey,
            e.Details is null ? null : JsonDocument.Parse(e.Details).RootElement.Clone())).ToList();
        return Outcome<AuditPage>.Ok(new AuditPage(items, page, pageSize, total));
    }

    /// <summary>The entity types and actors the log holds, for the page's filters.</summary>
    public async Task<(IReadOnlyList<string> EntityTypes, IReadOnlyList<string> Actors)> FacetsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var types = await db.AuditEntries.AsNoTracking().Select(e => e.EntityType).Distinct().ToListAsync(ct);
        var actors = await db.AuditEntries.AsNoTracking().Select(e => e.Actor).Distinct().ToListAsync(ct);
        return (types.Order(StringComparer.Ordinal).ToList(), actors.Order(StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>A day counts whole: from its first instant, to its last.</summary>
    private static DateTime? ParseBound(string? text, string field, bool endOfDay, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            return endOfDay ? start.AddDays(1).AddTicks(-1) : start;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.UtcDateTime;
        }
        ValidationErrors.Add(errors, field, $"'{text}' is neither a day (yyyy-MM-dd) nor an ISO 8601 instant.");
        return null;
    }
}
