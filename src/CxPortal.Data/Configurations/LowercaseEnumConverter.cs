using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CxPortal.Data.Configurations;

/// <summary>
/// Stores an enum as the kebab-case word the API uses ("nps", "higher-is-better"), so the
/// database reads the same as the contract and a reordered enum cannot corrupt data.
/// </summary>
public sealed partial class LowercaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    v => ToText(v),
    v => Enum.Parse<TEnum>(v.Replace("-", ""), true))
    where TEnum : struct, Enum
{
    public static string ToText(TEnum value) => WordBoundary().Replace(value.ToString(), "$1-$2").ToLowerInvariant();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex WordBoundary();
}
