namespace CxPortal.Domain.Surveys;

/// <summary>What a rating is about: one touchpoint, or a journey as a whole (an overall rating).</summary>
public enum SubjectKind : short
{
    Touchpoint = 0,
    Journey = 1,
}
