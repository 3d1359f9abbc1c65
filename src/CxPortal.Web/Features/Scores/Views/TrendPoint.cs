using CxPortal.Domain.Scoring;

namespace CxPortal.Web.Features.Scores;

/// <summary>
/// One bucket of a trend. <see cref="PeriodStart"/>–<see cref="PeriodEnd"/> is the calendar week, month
/// or quarter; <see cref="From"/>–<see cref="To"/> the days of it inside the window, which are the ones counted.
/// </summary>
public sealed record TrendPoint(
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly From,
    DateOnly To,
    long N,
    double? Score,
    double? Relationship,
    double? Operational,
    Estimate? Mean10,
    Estimate? Csat,
    Estimate? TopBox,
    Estimate? Nps);
