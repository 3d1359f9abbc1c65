namespace CxPortal.Web.Features.Scores;

/// <summary>GET /api/journeys/{code}/drivers.</summary>
/// <param name="OverallN">Overall (journey-level) ratings in the window; importance needs them.</param>
/// <param name="MedianImportance">The line between important and less important.</param>
/// <param name="FixFirst">Fix-first touchpoint codes, most important first.</param>
/// <param name="Message">Why importances are missing, when they are.</param>
public sealed record JourneyDrivers(
    CodeName Journey,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<SegmentSelection> Segments,
    long OverallN,
    int MinimumPairs,
    double? Index,
    double WeakBelow,
    double? MedianImportance,
    IReadOnlyList<DriverView> Drivers,
    IReadOnlyList<string> FixFirst,
    string? Message);
