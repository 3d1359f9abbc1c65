using CxPortal.Data.Configurations;
using CxPortal.Web.Infrastructure.Validation;
using FluentValidation;

namespace CxPortal.Web.Features.Touchpoints;

/// <summary>
/// The rules of a touchpoint (validate the <see cref="TouchpointInput.Normalised"/> form). Whether
/// the code is free is the service's question: it needs the database and answers 409.
/// </summary>
public sealed class TouchpointInputValidator : AbstractValidator<TouchpointInput>
{
    public TouchpointInputValidator(TouchpointLookups lookups)
    {
        RuleFor(x => x.Code).MustBeCode();
        RuleFor(x => x.Name).MustBeName();
        RuleFor(x => x.Description).MustFit("Description", Limits.Text);
        RuleFor(x => x.Owner).MustFit("Owner", Limits.Name);
        RuleFor(x => x.OperationalPurpose).MustFit("Operational purpose", Limits.Text);
        RuleFor(x => x.RelationshipPurpose).MustFit("Relationship purpose", Limits.Text);
        RuleFor(x => x.Stage).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Stage is required.")
            .Must(stage => stage is not null && lookups.Stages.ContainsKey(stage))
            .WithMessage((_, stage) => $"Stage '{stage}' does not exist. Known stages: {string.Join(", ", lookups.Stages.Keys)}.");
        RuleFor(x => x.Channel).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Channel is required.")
            .Must(channel => channel is not null && lookups.Channels.ContainsKey(channel))
            .WithMessage((_, channel) => $"Channel '{channel}' does not exist. Known channels: {string.Join(", ", lookups.Channels.Keys)}.");
        RuleFor(x => x.TrackingMode).Must(ContractWords.TrackingModes.IsWord)
            .WithMessage((_, mode) => ContractWords.TrackingModes.Problem("Tracking mode", mode));
        RuleFor(x => x.Weight).Must(w => w is >= 0 && double.IsFinite(w.Value))
            .WithMessage("Weight must be a number of 0 or more.");
        RuleFor(x => x.RelationshipWeight).Must(w => w is >= 0 and <= 1)
            .WithMessage("Relationship weight must be between 0 and 1.");
    }
}
