namespace CxPortal.Domain.Scoring;

/// <summary>The three levels of a journey's respondents, as shares 0–100 of all respondents.</summary>
/// <param name="Respondents">Respondents counted.</param>
/// <param name="Initial">Share with exactly one response day.</param>
/// <param name="Loyalty">Share with two or more response days (so Initial + Loyalty = 100).</param>
/// <param name="Advocacy">Share of advocates (on any number of days).</param>
/// <param name="Shape">One of <see cref="AdvocacyShapes"/>; null with no respondents.</param>
public sealed record AdvocacyProfile(
    long Respondents,
    long InitialCount,
    long LoyaltyCount,
    long AdvocacyCount,
    double? Initial,
    double? Loyalty,
    double? Advocacy,
    string? Shape)
{
    public static AdvocacyProfile Compute(IReadOnlyList<RespondentActivity> respondents)
    {
        ArgumentNullException.ThrowIfNull(respondents);
        if (respondents.Any(r => r.ResponseDays < 1))
        {
            throw new ArgumentException("A respondent has at least one response day.", nameof(respondents));
        }

        long n = respondents.Count;
        if (n == 0)
        {
            return new AdvocacyProfile(0, 0, 0, 0, null, null, null, null);
        }

        long initial = respondents.Count(r => r.ResponseDays == 1);
        long loyalty = n - initial;
        long advocacy = respondents.Count(r => r.Advocate);
        return new AdvocacyProfile(
            n, initial, loyalty, advocacy,
            100.0 * initial / n, 100.0 * loyalty / n, 100.0 * advocacy / n,
            ShapeOf(initial, loyalty, advocacy));
    }

    /// <summary>
    /// Compares counts (exact, no floating ties). Strict monotone shapes first; otherwise loyalty is
    /// at one extreme, and a tie resolves towards hexagon (widest) before hourglass (narrowest).
    /// </summary>
    public static string ShapeOf(long initial, long loyalty, long advocacy)
    {
        if (initial > loyalty && loyalty > advocacy)
        {
            return AdvocacyShapes.Pyramid;
        }

        if (initial < loyalty && loyalty < advocacy)
        {
            return AdvocacyShapes.InvertedPyramid;
        }

        // Not strictly monotone, so loyalty is ≥ both or ≤ both of its neighbours.
        return loyalty >= initial && loyalty >= advocacy ? AdvocacyShapes.Hexagon : AdvocacyShapes.Hourglass;
    }
}
