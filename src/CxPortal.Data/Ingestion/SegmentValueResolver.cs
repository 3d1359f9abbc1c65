using Microsoft.EntityFrameworkCore;

namespace CxPortal.Data.Ingestion;

/// <summary>
/// Finds or creates the id of a segment value ("EMEA" of region) inside the caller's transaction.
/// The first miss on a dimension reads all its values in one query (when it has at most
/// <see cref="MaxPreloaded"/>), so a batch costs one read per dimension rather than one per value.
/// The insert-if-missing is an upsert, so two imports bringing the same new value both succeed.
/// </summary>
public sealed class SegmentValueResolver(CxPortalDbContext db)
{
    /// <summary>Dimensions with more values (free-text ones) are looked up value by value instead.</summary>
    public const int MaxPreloaded = 1_000;

    private readonly Dictionary<(int, string), int> _ids = [];
    private readonly HashSet<int> _preloadTried = [];
    private readonly HashSet<int> _complete = [];

    /// <summary>
    /// Reads the ids of the given values that exist, in one query, so that a small batch does not
    /// pay one read per dimension. Values not found are created by <see cref="ResolveAsync"/>.
    /// </summary>
    public async Task PrimeAsync(IEnumerable<(int DimensionId, string Value)> values, CancellationToken ct = default)
    {
        var wanted = values.Where(v => !_ids.ContainsKey(v)).ToHashSet();
        if (wanted.Count == 0)
        {
            return;
        }
        var dimensionIds = wanted.Select(v => v.DimensionId).Distinct().ToArray();
        var texts = wanted.Select(v => v.Value).Distinct().ToArray();
        var found = await db.SegmentValues.AsNoTracking()
            .Where(v => dimensionIds.Contains(v.DimensionId) && texts.Contains(v.Value))
            .Select(v => new { v.Id, v.DimensionId, v.Value }).ToListAsync(ct);
        foreach (var v in found)
        {
            _ids[(v.DimensionId, v.Value)] = v.Id;
        }
    }

    public async Task<int> ResolveAsync(int dimensionId, string value, CancellationToken ct = default)
    {
        if (_ids.TryGetValue((dimensionId, value), out var id))
        {
            return id;
        }
        if (_preloadTried.Add(dimensionId) && await PreloadAsync(dimensionId, ct))
        {
            _complete.Add(dimensionId);
            if (_ids.TryGetValue((dimensionId, value), out id))
            {
                return id;
            }
        }
        // With every value known, a miss is a new value; CreateAsync still copes with a concurrent insert.
        id = (_complete.Contains(dimensionId) ? null : await FindAsync(dimensionId, value, ct))
             ?? await CreateAsync(dimensionId, value, ct);
        _ids[(dimensionId, value)] = id;
        return id;
    }

    /// <summary>True when every value of the dimension is now known, so a miss means a new value.</summary>
    private async Task<bool> PreloadAsync(int dimensionId, CancellationToken ct)
    {
        var values = await db.SegmentValues.AsNoTracking().Where(v => v.DimensionId == dimensionId)
            .OrderBy(v => v.Id).Select(v => new { v.Id, v.Value }).Take(MaxPreloaded + 1).ToListAsync(ct);
        if (values.Count > MaxPreloaded)
        {
            return false;
        }
        foreach (var v in values)
        {
            _ids[(dimensionId, v.Value)] = v.Id;
        }
        return true;
    }

    private async Task<int> CreateAsync(int dimensionId, string value, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO segment_values (dimension_id, value) VALUES ({dimensionId}, {value}) ON CONFLICT (dimension_id, value) DO NOTHING",
            ct);
        return await FindAsync(dimensionId, value, ct)
            ?? throw new InvalidOperationException($"Segment value '{value}' could not be created.");
    }

    private Task<int?> FindAsync(int dimensionId, string value, CancellationToken ct) =>
        db.SegmentValues.Where(v => v.DimensionId == dimensionId && v.Value == value)
            .Select(v => (int?)v.Id).SingleOrDefaultAsync(ct);
}
