namespace CxPortal.Web.Features.Scores;

/// <summary>The counts per score value of one scale, every value of its range listed (zeros included).</summary>
/// <param name="Satisfied">Responses at or above SatisfiedMin (top box included).</param>
public sealed record ScaleDistribution(ScaleView Scale, long N, long Satisfied, long TopBox, IReadOnlyList<DistributionValue> Values);
