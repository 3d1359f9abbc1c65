namespace CxPortal.Web.Features.Touchpoints.Metrics;

/// <summary>An operational metric as written by the API and the edit dialog.</summary>
public sealed record MetricInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Unit { get; set; }

    /// <summary>higher or lower (is better).</summary>
    public string? Direction { get; set; }

    /// <summary>The value that attains 10.</summary>
    public double? Target { get; set; }

    /// <summary>The value that attains 0.</summary>
    public double? Worst { get; set; }

    public MetricInput Normalised() => this with
    {
        Name = Name?.Trim(),
        Unit = Unit?.Trim() ?? "",
        Direction = Direction?.Trim().ToLowerInvariant(),
    };
}
