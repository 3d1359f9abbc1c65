namespace CxPortal.Domain.Scoring;

/// <summary>The cells of the importance × performance matrix.</summary>
public static class DriverQuadrants
{
    /// <summary>Important (above the median) and under-performing: act here first.</summary>
    public const string FixFirst = "fix-first";

    /// <summary>Important and performing: protect it.</summary>
    public const string KeepUp = "keep-up";

    /// <summary>Less important and under-performing.</summary>
    public const string LowPriority = "low-priority";

    /// <summary>Less important and performing: effort may be better spent elsewhere.</summary>
    public const string PossibleOverkill = "possible-overkill";

    /// <summary>No importance (fewer than 30 paired respondents, or no variance) or no score.</summary>
    public const string NotEnoughData = "not-enough-data";
}
