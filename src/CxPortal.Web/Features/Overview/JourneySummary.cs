namespace CxPortal.Web.Features.Overview;

public sealed record JourneySummary(string Code, string Name, string Description, int Touchpoints, long Responses);
