namespace CxPortal.Domain.Scoring;

/// <summary>One respondent of a journey in a window.</summary>
/// <param name="ResponseDays">Distinct days on which they responded (≥ 1).</param>
/// <param name="Advocate">A promoter on an nps scale, or top box otherwise.</param>
public sealed record RespondentActivity(int ResponseDays, bool Advocate);
