using System.Text.RegularExpressions;
using CxPortal.Data.Configurations;

namespace CxPortal.Web.Infrastructure.Validation;

/// <summary>
/// The shape of every code (touchpoints, journeys, metrics, scales, stages, channels, dimensions):
/// lowercase letters and digits in hyphen-separated words, 1–64 characters. Codes go into URLs
/// and CSV files, so nothing there needs escaping.
/// </summary>
public static partial class Slug
{
    public const string Example = "store-visit";

    public static bool IsValid(string? code) => code is { Length: > 0 and <= Limits.Code } && Pattern().IsMatch(code);

    public static string Problem(string? code) =>
        $"Code '{code}' is not a valid code: use 1–{Limits.Code} lowercase letters, digits and single hyphens between them (e.g. '{Example}').";

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
