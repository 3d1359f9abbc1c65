namespace CxPortal.Web.Features.Scores;

/// <summary>A level of the advocacy profile: "initial", "loyalty" or "advocacy".</summary>
/// <param name="Share">Percent of the journey's respondents; null without respondents.</param>
public sealed record ProfileLevel(string Level, long Count, double? Share);
