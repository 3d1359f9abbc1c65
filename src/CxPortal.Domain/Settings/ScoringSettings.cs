namespace CxPortal.Domain.Settings;

/// <summary>Admin-set thresholds of the flags and the confidence level of every interval and test.</summary>
public sealed class ScoringSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>critical: S &lt; this.</summary>
    public double CriticalBelow { get; set; } = 4.0;

    /// <summary>weak: critical-below ≤ S &lt; this.</summary>
    public double WeakBelow { get; set; } = 6.0;

    /// <summary>lagging: S ≤ journey index − this.</summary>
    public double LaggingGap { get; set; } = 2.0;

    /// <summary>low-sample: n &lt; this.</summary>
    public int LowSampleBelow { get; set; } = 30;

    /// <summary>masking: journey index ≥ this while a touchpoint is critical or weak.</summary>
    public double MaskingIndexMin { get; set; } = 6.0;

    /// <summary>Confidence of intervals and significance tests (0.80–0.999).</summary>
    public double ConfidenceLevel { get; set; } = 0.95;

    public DateTime UpdatedAt { get; set; }
}
