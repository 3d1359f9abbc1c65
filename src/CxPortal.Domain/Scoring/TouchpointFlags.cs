namespace CxPortal.Domain.Scoring;

/// <summary>The flag codes a touchpoint can carry (thresholds in ScoringSettings).</summary>
public static class TouchpointFlags
{
    /// <summary>S &lt; CriticalBelow.</summary>
    public const string Critical = "critical";

    /// <summary>CriticalBelow ≤ S &lt; WeakBelow.</summary>
    public const string Weak = "weak";

    /// <summary>S ≤ journey index − LaggingGap.</summary>
    public const string Lagging = "lagging";

    /// <summary>An operational metric is worse than its target.</summary>
    public const string MissedTarget = "missed-target";

    /// <summary>NPS &lt; 0.</summary>
    public const string NegativeNps = "negative-nps";

    /// <summary>0 &lt; n &lt; LowSampleBelow: the other flags are tentative.</summary>
    public const string LowSample = "low-sample";

    /// <summary>Flags that make a touchpoint a weak point (low-sample alone does not).</summary>
    public static readonly IReadOnlyList<string> WeakPointFlags = [Critical, Weak, Lagging, MissedTarget, NegativeNps];
}
