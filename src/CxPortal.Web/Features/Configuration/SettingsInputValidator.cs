using FluentValidation;

namespace CxPortal.Web.Features.Configuration;

public sealed class SettingsInputValidator : AbstractValidator<SettingsInput>
{
    public const double MinConfidence = 0.8;
    public const double MaxConfidence = 0.999;

    public SettingsInputValidator()
    {
        RuleFor(x => x.CriticalBelow).Must(OnScale).WithMessage("Critical-below must be a score between 0 and 10.");
        RuleFor(x => x.WeakBelow).Cascade(CascadeMode.Stop)
            .Must(OnScale).WithMessage("Weak-below must be a score between 0 and 10.")
            .Must((s, weak) => s.CriticalBelow is not { } critical || weak >= critical)
            .WithMessage(s => $"Weak-below ({s.WeakBelow}) must not be under critical-below ({s.CriticalBelow}): weak lies between the two.");
        RuleFor(x => x.LaggingGap).Must(g => g is > 0 and <= 10)
            .WithMessage("Lagging gap must be more than 0 and at most 10 points.");
        RuleFor(x => x.LowSampleBelow).Must(n => n >= 1).WithMessage("Low-sample-below must be a whole number of 1 or more.");
        RuleFor(x => x.MaskingIndexMin).Must(OnScale).WithMessage("Masking-index-min must be a score between 0 and 10.");
        RuleFor(x => x.ConfidenceLevel).Must(c => c is >= MinConfidence and <= MaxConfidence)
            .WithMessage($"Confidence level must be between {MinConfidence} and {MaxConfidence} (0.95 for 95%).");
    }

    private static bool OnScale(double? value) => value is >= 0 and <= 10;
}
