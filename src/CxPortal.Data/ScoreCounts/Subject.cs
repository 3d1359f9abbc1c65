using CxPortal.Domain.Surveys;

namespace CxPortal.Data.ScoreCounts;

/// <summary>What a count is about: a touchpoint, or a journey's overall rating.</summary>
public readonly record struct Subject(SubjectKind Kind, int Id)
{
    public static Subject Touchpoint(int id) => new(SubjectKind.Touchpoint, id);

    public static Subject Journey(int id) => new(SubjectKind.Journey, id);
}
