namespace CxPortal.Web.Features.Users;

/// <summary>A user operation's outcome: the value, or field errors, or nothing found.</summary>
public sealed record UserResult<T>(T? Value, Dictionary<string, string[]> Errors, bool NotFound = false)
{
    public bool Ok => Value is not null;

    public static UserResult<T> Invalid(string field, string message) => new(default, new() { [field] = [message] });

    public static UserResult<T> Missing() => new(default, [], NotFound: true);
}
