using CxPortal.Data.Configurations;
using CxPortal.Web.Infrastructure.Validation;
using FluentValidation;

namespace CxPortal.Web.Features.Journeys;

/// <summary>A journey's fields; every step must be a stored touchpoint, and none may repeat (its score would count twice).</summary>
public sealed class JourneyInputValidator : AbstractValidator<JourneyInput>
{
    public JourneyInputValidator(IReadOnlySet<string> touchpoints)
    {
        RuleFor(x => x.Code).MustBeCode();
        RuleFor(x => x.Name).MustBeName();
        RuleFor(x => x.Description).MustFit("Description", Limits.Text);
        RuleFor(x => x.Steps).Custom((steps, context) =>
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < (steps?.Count ?? 0); i++)
            {
                var step = steps![i];
                var field = $"{nameof(JourneyInput.Steps)}[{i}]";
                if (string.IsNullOrWhiteSpace(step))
                {
                    context.AddFailure(field, $"Step {i + 1} names no touchpoint.");
                }
                else if (!touchpoints.Contains(step))
                {
                    context.AddFailure(field, $"Touchpoint '{step}' does not exist.");
                }
                else if (!seen.TryAdd(step, i))
                {
                    context.AddFailure(field,
                        $"Touchpoint '{step}' is already step {seen[step] + 1}; a journey lists each touchpoint once.");
                }
            }
        });
    }
}
