using CxPortal.Data.ScoreCounts;
using CxPortal.Domain.Scoring;

namespace CxPortal.Web.Features.Scores;

/// <summary>A journey with its touchpoints in order, read once per request.</summary>
internal sealed record JourneyDefinition(int Id, string Code, string Name, IReadOnlyList<TouchpointDefinition> Touchpoints)
{
    public Subject Subject => Subject.Journey(Id);

    public CodeName Ref => new(Code, Name);

    /// <summary>The stages its touchpoints are in, in lifecycle order (stages it does not visit are left out).</summary>
    public IReadOnlyList<StageInput> Stages => Touchpoints
        .GroupBy(t => t.StageCode)
        .OrderBy(g => g.First().StagePosition)
        .Select(g => new StageInput(g.Key, g.First().StageName))
        .ToList();

    /// <summary>The journey's overall rating and every touchpoint of it.</summary>
    public IReadOnlyList<Subject> Subjects => Touchpoints.Select(t => t.Subject).Append(Subject).ToList();
}
