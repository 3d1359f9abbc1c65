namespace CxPortal.Web.Infrastructure.Outcomes;

/// <summary>What a delete removed, besides the item itself (e.g. the journeys a touchpoint was taken out of).</summary>
public sealed record Removed(string Code, IReadOnlyList<string> AlsoAffected);
