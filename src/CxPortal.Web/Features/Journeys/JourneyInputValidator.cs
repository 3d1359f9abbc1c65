using CxPortal.Data.Configurations;
using CxPortal.Web.Infrastructure.Validation;
using FluentValidation;

namespace CxPortal.Web.Features.Journeys;

/// <summary>A journey's fields; every step must be a stored touchpoint, and none may repeat (its score would count twice).</summary>
public sealed class JourneyInputValidator : AbstractValidator<JourneyInput>
{
    /// <summary>Words of the app's own /journeys/... pages, which a journey's map page (/journeys/{code}) would clash with.</summary>
    public static readonly IReadOnlySet<string> ReservedCodes = new HashSet<string>(StringComparer.Ordinal) { "manage" };

    public JourneyInputValidator(IReadOnlySet<string> touchpoints)
    {
        RuleFor(x => x.Code).MustBeCode()
            .Must(code => !ReservedCodes.Contains(code ?? ""))
            .WithMessage((_, code) => $"Code '{code}' is taken by the page /journeys/{code}; choose another.");
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
