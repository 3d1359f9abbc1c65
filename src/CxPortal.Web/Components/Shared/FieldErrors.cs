namespace CxPortal.Web.Components.Shared;

/// <summary>
/// A service outcome's messages per field (camelCase keys, as the API names them), for a form to show
/// beside its inputs: <c>Error="@errors.Has("name")" ErrorText="@errors["name"]"</c>.
/// </summary>
public sealed class FieldErrors(IReadOnlyDictionary<string, string[]>? errors = null)
{
    private readonly IReadOnlyDictionary<string, string[]> _errors = errors ?? new Dictionary<string, string[]>();

    public static readonly FieldErrors None = new();

    public bool Any => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    public string this[string field] => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : "";

    /// <summary>Messages of fields the form has no input for (e.g. "" for the whole list), so none is lost.</summary>
    public IEnumerable<string> Except(params string[] shown) =>
        _errors.Where(e => !shown.Contains(e.Key)).SelectMany(e => e.Value);
}
