namespace CxPortal.Web.Features.Configuration;

/// <summary>
/// The scoring settings (docs/configuration-api.md): the flag thresholds on the 0–10 scale and the
/// confidence level of every interval and significance test. All fields are required on PUT.
/// </summary>
public sealed record SettingsInput
{
    /// <summary>critical: S &lt; this.</summary>
    public double? CriticalBelow { get; set; }

    /// <summary>weak: critical-below ≤ S &lt; this.</summary>
    public double? WeakBelow { get; set; }

    /// <summary>lagging: S ≤ journey index − this.</summary>
    public double? LaggingGap { get; set; }

    /// <summary>low-sample: 0 &lt; n &lt; this.</summary>
    public int? LowSampleBelow { get; set; }

    /// <summary>masking: journey index ≥ this while a touchpoint is critical or weak.</summary>
    public double? MaskingIndexMin { get; set; }

    /// <summary>0.8–0.999; 0.95 gives the design's 95% intervals.</summary>
    public double? ConfidenceLevel { get; set; }
}
