using CxPortal.Domain.Surveys;

namespace CxPortal.Domain.Scoring;

/// <summary>
/// The immutable scoring view of a survey scale: range and the two inclusive thresholds.
/// Scoring takes this record rather than the EF entity so that results are a pure function of it.
/// </summary>
public sealed record ScaleDefinition(
    int Id,
    string Code,
    ScaleKind Kind,
    int Min,
    int Max,
    int SatisfiedMin,
    int TopBoxMin)
{
    /// <summary>Number of score values in the range (Max − Min + 1).</summary>
    public int Points => Max - Min + 1;

    public static ScaleDefinition From(SurveyScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return new ScaleDefinition(
            scale.Id, scale.Code, scale.Kind, scale.Min, scale.Max, scale.SatisfiedMin, scale.TopBoxMin);
    }

    public bool Contains(int score) => score >= Min && score <= Max;

    /// <summary>The 0–10 value of a score: 10·(score − min)/(max − min).</summary>
    public double Normalise(int score) => 10.0 * (score - Min) / (Max - Min);

    /// <summary>Satisfied (CSAT) line; on an nps scale it is also the promoter line.</summary>
    public bool IsSatisfied(int score) => score >= SatisfiedMin;

    public bool IsTopBox(int score) => score >= TopBoxMin;

    /// <summary>Promoter on an nps scale: score ≥ SatisfiedMin (9 on the built-in 0–10 scale).</summary>
    public bool IsPromoter(int score) => score >= SatisfiedMin;

    /// <summary>
    /// Detractor on an nps scale: normalised score ≤ 6, i.e. score ≤ min + 0.6·(max − min)
    /// (≤ 6 on 0–10). Compared in integers (5·(score − min) ≤ 3·(max − min)) so no rounding
    /// can move a score across the line. Promoter wins if an admin made the lines overlap,
    /// so promoters + passives + detractors always equals n.
    /// </summary>
    public bool IsDetractor(int score) => !IsPromoter(score) && 5L * (score - Min) <= 3L * (Max - Min);

    /// <summary>Throws when the range cannot be normalised (max must exceed min).</summary>
    public void EnsureValid()
    {
        if (Max <= Min)
        {
            throw new ArgumentException($"Scale '{Code}' has range {Min}–{Max}; max must be greater than min.");
        }
    }
}
