using CxPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Imports;

/// <summary>
/// The codes an ingested item may name, resolved to ids. Loaded once per request or import job
/// rather than cached across requests: four small reads cost less than keeping a cache correct
/// while admins and sales leads edit the inventory, possibly on another instance.
/// </summary>
public sealed class IngestionLookups
{
    private IngestionLookups(
        IReadOnlyDictionary<string, int> touchpoints, IReadOnlyDictionary<string, int> journeys,
        IReadOnlyDictionary<string, ScaleRange> scales, IReadOnlyDictionary<string, int> dimensions)
    {
        Touchpoints = touchpoints;
        Journeys = journeys;
        Scales = scales;
        Dimensions = dimensions;
    }

    public IReadOnlyDictionary<string, int> Touchpoints { get; }
    public IReadOnlyDictionary<string, int> Journeys { get; }
    public IReadOnlyDictionary<string, ScaleRange> Scales { get; }
    public IReadOnlyDictionary<string, int> Dimensions { get; }

    public static async Task<IngestionLookups> LoadAsync(CxPortalDbContext db, CancellationToken ct)
    {
        var touchpoints = await db.Touchpoints.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Id, StringComparer.Ordinal, ct);
        var journeys = await db.Journeys.AsNoTracking().ToDictionaryAsync(j => j.Code, j => j.Id, StringComparer.Ordinal, ct);
        var scales = await db.SurveyScales.AsNoTracking()
            .Select(s => new ScaleRange(s.Id, s.Code, s.Min, s.Max))
            .ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, ct);
        var dimensions = await db.SegmentDimensions.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, StringComparer.Ordinal, ct);
        return new IngestionLookups(touchpoints, journeys, scales, dimensions);
    }
}

/// <summary>A scale's id and the range its scores must lie in.</summary>
public sealed record ScaleRange(int Id, string Code, int Min, int Max)
{
    public bool Contains(int score) => score >= Min && score <= Max;

    public string OutsideMessage(int score) => $"{score} is outside {Code} ({Min}–{Max})";
}
