namespace CxPortal.Web.Features.ApiKeys;

public sealed record NewApiKey(string? Name, string? Scope);
