namespace CxPortal.Web.Features.Scores;

/// <summary>A touchpoint in the importance × performance matrix.</summary>
/// <param name="Importance">Pearson r between respondents' touchpoint and overall ratings; null below 30 pairs or without variance.</param>
/// <param name="N">Respondents who rated both the touchpoint and the journey overall in the window.</param>
/// <param name="Performance">The touchpoint score S.</param>
/// <param name="Quadrant">fix-first, keep-up, low-priority, possible-overkill or not-enough-data.</param>
public sealed record DriverView(string Code, string Name, string Stage, double? Importance, long N, double? Performance, string Quadrant);
