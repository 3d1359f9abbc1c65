namespace CxPortal.Domain.Scoring;

/// <summary>A range of days, both ends inclusive.</summary>
public sealed record Period(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool Contains(DateOnly day) => day >= From && day <= To;
}
