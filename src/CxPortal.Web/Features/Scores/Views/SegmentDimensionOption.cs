namespace CxPortal.Web.Features.Scores;

/// <summary>A segment dimension with the values responses have brought for it.</summary>
public sealed record SegmentDimensionOption(string Code, string Name, IReadOnlyList<string> Values);
