namespace CxPortal.Web.Infrastructure.Validation;

/// <summary>The words of the contract for one enum ("higher" ↔ HigherIsBetter), both ways.</summary>
public sealed class WordMap<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _values;
    private readonly Dictionary<TEnum, string> _words;

    public WordMap(params (string Word, TEnum Value)[] pairs)
    {
        _values = pairs.ToDictionary(p => p.Word, p => p.Value, StringComparer.OrdinalIgnoreCase);
        _words = pairs.ToDictionary(p => p.Value, p => p.Word);
        Words = pairs.Select(p => p.Word).ToList();
    }

    public IReadOnlyList<string> Words { get; }

    public string Word(TEnum value) => _words[value];

    public bool TryParse(string? word, out TEnum value)
    {
        value = default;
        return word is not null && _values.TryGetValue(word.Trim(), out value);
    }

    public TEnum Parse(string word) =>
        TryParse(word, out var value) ? value : throw new ArgumentException($"'{word}' is not one of {string.Join(", ", Words)}.");

    public bool IsWord(string? word) => TryParse(word, out _);

    /// <summary>"'x' is not one of a, b, c." for a field called <paramref name="label"/>.</summary>
    public string Problem(string label, string? word) =>
        $"{label} '{word}' is not one of {string.Join(", ", Words)}.";
}
