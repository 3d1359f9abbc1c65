using CxPortal.Web.Infrastructure.Validation;
using FluentValidation;

namespace CxPortal.Web.Features.Configuration;

/// <summary>
/// Rules of a replaced list of codes and names: each item's code and name, no code twice, and for
/// stages and channels at least one item. Errors are keyed <c>[2].code</c>, as the body is an array.
/// </summary>
public static class CodeListValidator
{
    private static readonly ItemValidator Items = new();

    public static Dictionary<string, string[]> Validate(IReadOnlyList<CodeNameInput?>? list, string noun, bool requireOne)
    {
        var errors = new Dictionary<string, string[]>();
        if (list is null || (requireOne && list.Count == 0))
        {
            ValidationErrors.Add(errors, "", $"Send the whole list of {noun}s{(requireOne ? ", at least one" : "")}, in order.");
            return errors;
        }
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not { } item)
            {
                ValidationErrors.Add(errors, $"[{i}]", $"Item {i + 1} is empty.");
                continue;
            }
            foreach (var (field, messages) in ValidationErrors.From(Items.Validate(item), $"[{i}]."))
            {
                errors[field] = messages;
            }
            if (item.Code is { Length: > 0 } code && !seen.TryAdd(code, i))
            {
                ValidationErrors.Add(errors, $"[{i}].code", $"Code '{code}' appears twice (items {seen[code] + 1} and {i + 1}).");
            }
        }
        return errors;
    }

    private sealed class ItemValidator : AbstractValidator<CodeNameInput>
    {
        public ItemValidator()
        {
            RuleFor(x => x.Code).MustBeCode();
            RuleFor(x => x.Name).MustBeName();
        }
    }
}
