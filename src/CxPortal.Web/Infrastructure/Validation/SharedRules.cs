using CxPortal.Data.Configurations;
using FluentValidation;

namespace CxPortal.Web.Infrastructure.Validation;

/// <summary>The rules every input shares, with the messages the UI and the API show.</summary>
public static class SharedRules
{
    public static IRuleBuilderOptions<T, string?> MustBeCode<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Code is required.")
            .Must(Slug.IsValid).WithMessage((_, code) => Slug.Problem(code));

    public static IRuleBuilderOptions<T, string?> MustBeName<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Name is required.")
            .MaximumLength(Limits.Name).WithMessage($"Name must be at most {Limits.Name} characters.");

    /// <summary>An optional free text of at most <paramref name="max"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> MustFit<T>(this IRuleBuilder<T, string?> rule, string label, int max) =>
        rule.Must(text => text is null || text.Length <= max).WithMessage($"{label} must be at most {max} characters.");

    public static IRuleBuilderOptions<T, double?> MustBeNumber<T>(this IRuleBuilderInitial<T, double?> rule, string label) =>
        rule.Cascade(CascadeMode.Stop)
            .NotNull().WithMessage($"{label} is required.")
            .Must(v => double.IsFinite(v!.Value)).WithMessage($"{label} must be a finite number.");
}
