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
        // One round trip (UNION ALL) for the four lists: per API request this is the fixed cost.
        var rows = await db.Touchpoints.Select(t => new { Kind = Touchpoint, t.Code, t.Id, Min = 0, Max = 0 })
            .Concat(db.Journeys.Select(j => new { Kind = Journey, j.Code, j.Id, Min = 0, Max = 0 }))
            .Concat(db.SurveyScales.Select(s => new { Kind = Scale, s.Code, s.Id, s.Min, s.Max }))
            .Concat(db.SegmentDimensions.Select(d => new { Kind = Dimension, d.Code, d.Id, Min = 0, Max = 0 }))
            .ToListAsync(ct);
        Dictionary<string, int> Ids(int kind) =>
            rows.Where(r => r.Kind == kind).ToDictionary(r => r.Code, r => r.Id, StringComparer.Ordinal);
        return new IngestionLookups(Ids(Touchpoint), Ids(Journey),
            rows.Where(r => r.Kind == Scale).ToDictionary(r => r.Code, r => new ScaleRange(r.Id, r.Code, r.Min, r.Max), StringComparer.Ordinal),
            Ids(Dimension));
    }

    private const int Touchpoint = 0, Journey = 1, Scale = 2, Dimension = 3;
}

/// <summary>A scale's id and the range its scores must lie in.</summary>
public sealed record ScaleRange(int Id, string Code, int Min, int Max)
{
    public bool Contains(int score) => score >= Min && score <= Max;

    public string OutsideMessage(int score) => $"{score} is outside {Code} ({Min}–{Max})";
}
