namespace CxPortal.Domain.Scoring;

/// <summary>Bucket size of a trend.</summary>
public enum Granularity
{
    /// <summary>ISO week, Monday to Sunday.</summary>
    Week,
    Month,
    /// <summary>Calendar quarter starting January, April, July, October.</summary>
    Quarter,
}
