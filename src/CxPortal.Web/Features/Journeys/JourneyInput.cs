namespace CxPortal.Web.Features.Journeys;

/// <summary>A journey as written by the API and the editor: its steps are touchpoint codes, in order.</summary>
public sealed record JourneyInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public List<string>? Steps { get; set; }

    public JourneyInput Normalised() => this with
    {
        Name = Name?.Trim(),
        Description = Description?.Trim() ?? "",
        Steps = Steps ?? [],
    };

    /// <summary>Value equality that compares the steps by content, for "did anything change".</summary>
    public bool SameAs(JourneyInput other) =>
        Code == other.Code && Name == other.Name && Description == other.Description
        && (Steps ?? []).SequenceEqual(other.Steps ?? []);
}
