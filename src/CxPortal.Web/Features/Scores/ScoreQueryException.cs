namespace CxPortal.Web.Features.Scores;

/// <summary>A score query that names something that does not exist (an unknown segment dimension); the API answers 400.</summary>
public sealed class ScoreQueryException(string message) : Exception(message);
