using CxPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPortal.Web.Features.Users;

public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder group)
    {
        var users = group.MapGroup("/users").WithTags("Users");
        users.MapGet("", List).WithName("ListUsers").WithSummary("Lists users with their role and state.");
        users.MapPost("", Invite).WithName("InviteUser").WithSummary("Creates a user with a one-time password to hand over.");
        users.MapPut("/{id}", Update).WithName("UpdateUser").WithSummary("Changes a user's name, role or disabled state.");
        users.MapPost("/{id}/reset-password", Reset).WithName("ResetUserPassword").WithSummary("Sets a new one-time password.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<UserInfo>>> List(UserService users, CancellationToken ct) =>
        TypedResults.Ok(await users.ListAsync(ct));

    private static async Task<Results<Created<TemporaryPassword>, ValidationProblem>> Invite(InviteUser request, UserService users, CancellationToken ct)
    {
        var result = await users.InviteAsync(request, ct);
        return result.Ok ? TypedResults.Created($"/api/users/{result.Value!.User.Id}", result.Value) : ApiResults.Invalid(result.Errors);
    }

    private static async Task<Results<Ok<UserInfo>, ValidationProblem, ProblemHttpResult>> Update(string id, UpdateUser request, UserService users, CancellationToken ct)
    {
        var result = await users.UpdateAsync(id, request, ct);
        return result.NotFound ? ApiResults.NotFound("User", id) : result.Ok ? TypedResults.Ok(result.Value!) : ApiResults.Invalid(result.Errors);
    }

    private static async Task<Results<Ok<TemporaryPassword>, ProblemHttpResult>> Reset(string id, UserService users, CancellationToken ct)
    {
        var result = await users.ResetPasswordAsync(id, ct);
        return result.NotFound ? ApiResults.NotFound("User", id) : TypedResults.Ok(result.Value!);
    }
}
