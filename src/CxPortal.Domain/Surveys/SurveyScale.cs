namespace CxPortal.Domain.Surveys;

/// <summary>
/// A survey scale. Scores are integers in [Min, Max]; thresholds are inclusive lower bounds.
/// The range is fixed once responses use it; thresholds and labels may change, and every
/// figure recomputes from the stored raw scores.
/// </summary>
public sealed class SurveyScale
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public ScaleKind Kind { get; set; }
    public int Min { get; set; }
    public int Max { get; set; }

    /// <summary>Lowest score counted as satisfied (top-2-box line; promoter line on NPS).</summary>
    public int SatisfiedMin { get; set; }

    /// <summary>Lowest score counted as very satisfied (top box).</summary>
    public int TopBoxMin { get; set; }

    public List<ScaleLabel> Labels { get; set; } = [];

    public bool Contains(int score) => score >= Min && score <= Max;

    /// <summary>The 0–10 normalised value of a score: 10·(score − min)/(max − min).</summary>
    public double Normalise(int score) => 10.0 * (score - Min) / (Max - Min);
}
