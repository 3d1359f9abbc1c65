namespace CxPortal.Domain.Surveys;

/// <summary>The wording of one point of a scale ("1" → "Very dissatisfied").</summary>
public sealed class ScaleLabel
{
    public int ScaleId { get; set; }
    public int Value { get; set; }
    public required string Text { get; set; }
}
