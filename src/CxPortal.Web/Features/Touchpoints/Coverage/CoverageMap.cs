using CxPortal.Web.Features.Scores;

namespace CxPortal.Web.Features.Touchpoints.Coverage;

/// <summary>
/// The stage × channel map of the inventory: every stage in order, every channel by name, and a
/// cell for each pair that holds touchpoints. A pair without touchpoints has no cell.
/// </summary>
public sealed record CoverageMap(
    DateOnly Today,
    IReadOnlyList<CodeName> Stages,
    IReadOnlyList<CodeName> Channels,
    IReadOnlyList<CoverageCell> Cells)
{
    public CoverageCell? Cell(string stage, string channel) =>
        Cells.FirstOrDefault(c => c.Stage == stage && c.Channel == channel);

    public int Unmeasured => Cells.Sum(c => c.Unmeasured);
}

/// <param name="Touchpoints">The touchpoints of the pair, not measured ones first, then by name.</param>
public sealed record CoverageCell(string Stage, string Channel, IReadOnlyList<TouchpointCoverage> Touchpoints)
{
    public int Unmeasured => Touchpoints.Count(t => !t.Measured);
}
