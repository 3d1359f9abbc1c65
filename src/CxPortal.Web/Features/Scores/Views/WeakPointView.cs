namespace CxPortal.Web.Features.Scores;

/// <summary>A flagged touchpoint of one journey (a touchpoint in two journeys is listed for each).</summary>
/// <param name="RankInJourney">1 = the journey's worst weak point.</param>
public sealed record WeakPointView(
    CodeName Journey,
    string Code,
    string Name,
    string Stage,
    string Owner,
    double? Score,
    long N,
    double? Impact,
    IReadOnlyList<string> Flags,
    bool Tentative,
    int RankInJourney);
