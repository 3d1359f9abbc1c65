namespace CxPortal.Web.Features.ApiKeys;

/// <summary>A new key with its secret, which is shown this once and never stored.</summary>
public sealed record CreatedApiKey(int Id, string Name, string Scope, string Secret);
