using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPortal.Web.Infrastructure;

/// <summary>
/// The API's error answers, all RFC 7807 problem documents whose <c>detail</c> is a sentence a
/// person can act on ("Touchpoint 'x' does not exist.").
/// </summary>
public static class ApiResults
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid.");

    /// <summary>400 with the failing fields: <c>errors: {"weight": ["must be 0 or more"]}</c>.</summary>
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Some fields are not valid.");

    public static ValidationProblem Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult NotFound(string what, string code) =>
        TypedResults.Problem(detail: $"{what} '{code}' does not exist.", statusCode: StatusCodes.Status404NotFound, title: "Not found.");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict.");
}
