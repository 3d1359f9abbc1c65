namespace CxPortal.Web.Features.Scores;

/// <summary>
/// The change of a touchpoint score S or a journey index. S mixes relationship and operational
/// parts, so it has no significance test: the tested deltas are those of its figures.
/// </summary>
public sealed record ScoreDelta(double Current, double Previous, double Delta);
