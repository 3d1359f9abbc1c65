namespace CxPortal.Web.Infrastructure.Outcomes;

/// <summary>
/// The result of a feature service call, for the API and for Blazor dialogs alike: the value, or
/// why not — a sentence (<see cref="Message"/>) and, where a field is at fault, messages per field
/// (camelCase names, as in the JSON contract) that a form can show beside its inputs.
/// </summary>
public sealed record Outcome<T>
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private Outcome(OutcomeKind kind, T? value, string? message, IReadOnlyDictionary<string, string[]>? errors)
    {
        Kind = kind;
        Value = value;
        Message = message;
        Errors = errors ?? NoErrors;
    }

    public OutcomeKind Kind { get; }
    public T? Value { get; }
    public string? Message { get; }
    public IReadOnlyDictionary<string, string[]> Errors { get; }
    public bool Succeeded => Kind == OutcomeKind.Ok;

    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, null, null);

    public static Outcome<T> Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(OutcomeKind.Invalid, default, errors.Values.SelectMany(m => m).FirstOrDefault(), errors);

    public static Outcome<T> Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static Outcome<T> NotFound(string what, string code) =>
        new(OutcomeKind.NotFound, default, $"{what} '{code}' does not exist.", null);

    /// <summary>The request is well formed but clashes with what is stored (a taken code, data that depends on it).</summary>
    public static Outcome<T> Conflict(string message, string? field = null) =>
        new(OutcomeKind.Conflict, default, message,
            field is null ? null : new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>The same failure, for a caller that returns another value type.</summary>
    public Outcome<TOther> As<TOther>() =>
        Succeeded ? throw new InvalidOperationException("Only a failure can change its value type.")
            : new Outcome<TOther>(Kind, default, Message, Errors);
}
