using CxPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPortal.Web.Features.ApiKeys;

public static class ApiKeysApi
{
    public static RouteGroupBuilder MapApiKeysApi(this RouteGroupBuilder group)
    {
        var keys = group.MapGroup("/api-keys").WithTags("API keys");
        keys.MapGet("", List).WithName("ListApiKeys").WithSummary("Lists API keys without their secrets.");
        keys.MapPost("", Create).WithName("CreateApiKey").WithSummary("Mints a key; the secret is in this answer only.");
        keys.MapDelete("/{id:int}", Revoke).WithName("RevokeApiKey").WithSummary("Revokes a key at once.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<ApiKeyInfo>>> List(ApiKeyService keys, CancellationToken ct) =>
        TypedResults.Ok(await keys.ListAsync(ct));

    private static async Task<Results<Created<CreatedApiKey>, ValidationProblem>> Create(NewApiKey request, ApiKeyService keys, CancellationToken ct)
    {
        var (key, errors) = await keys.CreateAsync(request, ct);
        return key is null ? ApiResults.Invalid(errors) : TypedResults.Created($"/api/api-keys/{key.Id}", key);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(int id, ApiKeyService keys, CancellationToken ct) =>
        await keys.RevokeAsync(id, ct) ? TypedResults.NoContent() : ApiResults.NotFound("API key", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
