namespace CxPortal.Web.Features.Scores;

/// <summary>The whole journey under the request's filter, which each value is compared within.</summary>
public sealed record ComparisonTotal(long N, double? Index, FiguresView Overall, FiguresView TouchpointPool);
