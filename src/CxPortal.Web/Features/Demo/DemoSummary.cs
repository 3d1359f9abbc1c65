namespace CxPortal.Web.Features.Demo;

public sealed record DemoSummary(int Journeys, int Touchpoints, long Responses);
