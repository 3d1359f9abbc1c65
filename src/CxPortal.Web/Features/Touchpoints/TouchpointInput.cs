using CxPortal.Domain.Touchpoints;
using CxPortal.Web.Infrastructure.Validation;

namespace CxPortal.Web.Features.Touchpoints;

/// <summary>
/// A touchpoint as written by the API, the CSV import and the edit dialog (settable, so a form can
/// bind to it). Stage and channel are codes. Omitted optional fields take the domain defaults.
/// </summary>
public sealed record TouchpointInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Stage { get; set; }
    public string? Channel { get; set; }
    public string? Owner { get; set; }
    public bool? Intentional { get; set; }
    public string? OperationalPurpose { get; set; }
    public string? RelationshipPurpose { get; set; }

    /// <summary>persistent, periodic or pulsed.</summary>
    public string? TrackingMode { get; set; }

    public double? Weight { get; set; }
    public double? RelationshipWeight { get; set; }

    /// <summary>The same input with every default filled in and the name trimmed: what would be stored.</summary>
    public TouchpointInput Normalised() => new()
    {
        Code = Code,
        Name = Name?.Trim(),
        Description = Description ?? "",
        Stage = Stage,
        Channel = Channel,
        Owner = Owner ?? "",
        Intentional = Intentional ?? true,
        OperationalPurpose = OperationalPurpose ?? "",
        RelationshipPurpose = RelationshipPurpose ?? "",
        TrackingMode = string.IsNullOrWhiteSpace(TrackingMode)
            ? ContractWords.TrackingModes.Word(Domain.Touchpoints.TrackingMode.Persistent)
            : TrackingMode.Trim().ToLowerInvariant(),
        Weight = Weight ?? Touchpoint.DefaultWeight,
        RelationshipWeight = RelationshipWeight ?? Touchpoint.DefaultRelationshipWeight,
    };

    /// <summary>The stored touchpoint in input form (stage and channel as codes).</summary>
    public static TouchpointInput Of(Touchpoint t, string stage, string channel) => new()
    {
        Code = t.Code,
        Name = t.Name,
        Description = t.Description,
        Stage = stage,
        Channel = channel,
        Owner = t.Owner,
        Intentional = t.Intentional,
        OperationalPurpose = t.OperationalPurpose,
        RelationshipPurpose = t.RelationshipPurpose,
        TrackingMode = ContractWords.TrackingModes.Word(t.TrackingMode),
        Weight = t.Weight,
        RelationshipWeight = t.RelationshipWeight,
    };

    /// <summary>Copies a valid, normalised input onto the entity.</summary>
    public void ApplyTo(Touchpoint t, TouchpointLookups lookups)
    {
        t.Code = Code!;
        t.Name = Name!;
        t.Description = Description!;
        t.StageId = lookups.Stages[Stage!];
        t.ChannelId = lookups.Channels[Channel!];
        t.Owner = Owner!;
        t.Intentional = Intentional!.Value;
        t.OperationalPurpose = OperationalPurpose!;
        t.RelationshipPurpose = RelationshipPurpose!;
        t.TrackingMode = ContractWords.TrackingModes.Parse(TrackingMode!);
        t.Weight = Weight!.Value;
        t.RelationshipWeight = RelationshipWeight!.Value;
    }
}
