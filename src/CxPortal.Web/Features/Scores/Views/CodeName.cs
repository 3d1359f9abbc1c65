namespace CxPortal.Web.Features.Scores;

/// <summary>A resource as the API names it: its stable code and its display name.</summary>
public sealed record CodeName(string Code, string Name);
