namespace CxPortal.Web.Features.Scores;

internal sealed record MeasurementRow(DateOnly PeriodStart, DateOnly PeriodEnd, double Value);
