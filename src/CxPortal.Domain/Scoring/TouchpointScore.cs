namespace CxPortal.Domain.Scoring;

/// <summary>Touchpoint score S from relationship R and operational O.</summary>
public static class TouchpointScore
{
    /// <summary>
    /// S = w·R + (1 − w)·O when both exist, the one that exists otherwise (whatever w is:
    /// a missing half is no data, not 0), null when neither.
    /// </summary>
    public static double? Combine(double? relationship, double? operational, double w)
    {
        if (!(w >= 0 && w <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(w), w, "Relationship weight must be between 0 and 1.");
        }

        return (relationship, operational) switch
        {
            ({ } r, { } o) => (w * r) + ((1 - w) * o),
            ({ } r, null) => r,
            (null, { } o) => o,
            _ => null,
        };
    }
}
