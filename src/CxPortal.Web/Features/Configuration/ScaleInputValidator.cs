using System.Globalization;
using CxPortal.Data.Configurations;
using CxPortal.Web.Infrastructure.Validation;
using FluentValidation;

namespace CxPortal.Web.Features.Configuration;

/// <summary>
/// A scale's own rules: min &lt; max, both thresholds inside the range with top-box-min ≥
/// satisfied-min, labels on points of the range. Whether the range may change is the service's
/// question (it depends on stored responses).
/// </summary>
public sealed class ScaleInputValidator : AbstractValidator<ScaleInput>
{
    /// <summary>0–100 is the widest range a survey uses; every figure keeps a count per point.</summary>
    public const int MaxPoints = 101;

    public ScaleInputValidator()
    {
        RuleFor(x => x.Code).MustBeCode();
        RuleFor(x => x.Name).MustBeName();
        RuleFor(x => x.Kind).Must(ContractWords.ScaleKinds.IsWord)
            .WithMessage((_, kind) => ContractWords.ScaleKinds.Problem("Kind", kind));
        RuleFor(x => x.Min).NotNull().WithMessage("Min is required.");
        RuleFor(x => x.Max).NotNull().WithMessage("Max is required.");
        RuleFor(x => x.SatisfiedMin).NotNull().WithMessage("Satisfied-min is required.");
        RuleFor(x => x.TopBoxMin).NotNull().WithMessage("Top-box-min is required.");
        RuleFor(x => x).Custom((s, context) =>
        {
            if (s.Min is not { } min || s.Max is not { } max)
            {
                return;
            }
            if (max <= min)
            {
                context.AddFailure(nameof(ScaleInput.Max), $"Max ({max}) must be greater than min ({min}).");
                return;
            }
            if ((long)max - min + 1 > MaxPoints)
            {
                context.AddFailure(nameof(ScaleInput.Max), $"A scale has at most {MaxPoints} points (e.g. 0–100); {min}–{max} has {(long)max - min + 1}.");
                return;
            }
            if (s.SatisfiedMin is { } satisfied && (satisfied < min || satisfied > max))
            {
                context.AddFailure(nameof(ScaleInput.SatisfiedMin), $"Satisfied-min ({satisfied}) must lie within the range {min}–{max}.");
            }
            if (s.TopBoxMin is { } topBox && (topBox > max || (s.SatisfiedMin is { } sat ? topBox < sat : topBox < min)))
            {
                context.AddFailure(nameof(ScaleInput.TopBoxMin),
                    $"Top-box-min ({topBox}) must lie between satisfied-min ({s.SatisfiedMin?.ToString(CultureInfo.InvariantCulture) ?? "?"}) and max ({max}).");
            }
            var points = new HashSet<int>();
            foreach (var (key, text) in s.Labels ?? [])
            {
                var field = $"{nameof(ScaleInput.Labels)}[{key}]";
                if (!int.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var point))
                {
                    context.AddFailure(field, $"Label key '{key}' is not a whole number.");
                }
                else if (!points.Add(point))
                {
                    context.AddFailure(field, $"Label {point} is given twice.");
                }
                else if (point < min || point > max)
                {
                    context.AddFailure(field, $"Label {point} is outside the range {min}–{max}.");
                }
                else if (string.IsNullOrWhiteSpace(text))
                {
                    context.AddFailure(field, $"Label {point} has no text.");
                }
                else if (text.Length > Limits.Name)
                {
                    context.AddFailure(field, $"Label {point} must be at most {Limits.Name} characters.");
                }
            }
        });
    }
}
