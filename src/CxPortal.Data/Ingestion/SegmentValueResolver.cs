using Microsoft.EntityFrameworkCore;

namespace CxPortal.Data.Ingestion;

/// <summary>
/// Finds or creates the id of a segment value ("EMEA" of region) inside the caller's transaction.
/// The insert-if-missing is an upsert, so two imports bringing the same new value both succeed.
/// </summary>
public sealed class SegmentValueResolver(CxPortalDbContext db)
{
    private readonly Dictionary<(int, string), int> _ids = [];

    public async Task<int> ResolveAsync(int dimensionId, string value, CancellationToken ct = default)
    {
        if (_ids.TryGetValue((dimensionId, value), out var id))
        {
            return id;
        }
        id = await FindAsync(dimensionId, value, ct) ?? await CreateAsync(dimensionId, value, ct);
        _ids[(dimensionId, value)] = id;
        return id;
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
