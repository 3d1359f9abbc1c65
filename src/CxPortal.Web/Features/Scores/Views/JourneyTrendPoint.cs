namespace CxPortal.Web.Features.Scores;

/// <summary>
/// One bucket of a journey trend. <see cref="PeriodStart"/>–<see cref="PeriodEnd"/> is the calendar
/// week, month or quarter; <see cref="From"/>–<see cref="To"/> the days of it inside the window.
/// </summary>
/// <param name="N">Every response of the journey in the bucket: overall ratings and touchpoint ratings.</param>
public sealed record JourneyTrendPoint(
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly From,
    DateOnly To,
    long N,
    double? Index,
    FiguresView Overall,
    FiguresView TouchpointPool);
