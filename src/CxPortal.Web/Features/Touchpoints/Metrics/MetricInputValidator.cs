using CxPortal.Domain.Scoring;
using CxPortal.Web.Infrastructure.Validation;
using FluentValidation;

namespace CxPortal.Web.Features.Touchpoints.Metrics;

/// <summary>The fields of a metric, then the domain's own check that it can be scored (target ≠ worst, direction consistent).</summary>
public sealed class MetricInputValidator : AbstractValidator<MetricInput>
{
    public const int UnitLength = 32;

    public MetricInputValidator()
    {
        RuleFor(x => x.Code).MustBeCode();
        RuleFor(x => x.Name).MustBeName();
        RuleFor(x => x.Unit).MustFit("Unit", UnitLength);
        RuleFor(x => x.Direction).Must(ContractWords.Directions.IsWord)
            .WithMessage((_, d) => ContractWords.Directions.Problem("Direction", d));
        RuleFor(x => x.Target).MustBeNumber("Target");
        RuleFor(x => x.Worst).MustBeNumber("Worst");
        RuleFor(x => x).Custom((m, context) =>
        {
            if (ContractWords.Directions.TryParse(m.Direction, out var direction) && m.Target is { } target && m.Worst is { } worst
                && new MetricDefinition(m.Code ?? "", m.Name ?? "", m.Unit ?? "", direction, target, worst).Validate() is { } problem)
            {
                context.AddFailure(nameof(MetricInput.Target), problem);
            }
        });
    }
}
