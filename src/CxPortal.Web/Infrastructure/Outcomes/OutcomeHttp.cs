using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPortal.Web.Infrastructure.Outcomes;

/// <summary>Turns service outcomes into the API's answers: problem+json for every failure.</summary>
public static class OutcomeHttp
{
    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> ToOk<T>(this Outcome<T> outcome) =>
        outcome.Succeeded ? TypedResults.Ok(outcome.Value!) : outcome.Kind switch
        {
            OutcomeKind.Invalid => Invalid(outcome),
            _ => Problem(outcome),
        };

    public static Results<Created<T>, ValidationProblem, ProblemHttpResult> ToCreated<T>(
        this Outcome<T> outcome, Func<T, string> location) =>
        outcome.Succeeded ? TypedResults.Created(location(outcome.Value!), outcome.Value!) : outcome.Kind switch
        {
            OutcomeKind.Invalid => Invalid(outcome),
            _ => Problem(outcome),
        };

    public static Results<NoContent, ValidationProblem, ProblemHttpResult> ToNoContent<T>(this Outcome<T> outcome) =>
        outcome.Succeeded ? TypedResults.NoContent() : outcome.Kind switch
        {
            OutcomeKind.Invalid => Invalid(outcome),
            _ => Problem(outcome),
        };

    private static ValidationProblem Invalid<T>(Outcome<T> outcome) =>
        ApiResults.Invalid(outcome.Errors.ToDictionary(e => e.Key, e => e.Value));

    private static ProblemHttpResult Problem<T>(Outcome<T> outcome) => outcome.Kind switch
    {
        OutcomeKind.NotFound => TypedResults.Problem(detail: outcome.Message, statusCode: StatusCodes.Status404NotFound,
            title: "Not found."),
        OutcomeKind.Conflict => TypedResults.Problem(detail: outcome.Message, statusCode: StatusCodes.Status409Conflict,
            title: "Conflict.",
            extensions: outcome.Errors.Count == 0 ? null : new Dictionary<string, object?> { ["errors"] = outcome.Errors }),
        _ => throw new InvalidOperationException($"No problem answer for {outcome.Kind}."),
    };
}
