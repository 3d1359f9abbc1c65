namespace CxPortal.Web.Features.Configuration;

/// <summary>One item of a configured list (stage, channel, segment dimension).</summary>
public sealed record CodeNameInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
}
