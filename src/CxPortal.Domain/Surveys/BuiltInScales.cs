namespace CxPortal.Domain.Surveys;

/// <summary>The four scales every installation starts with (domain-and-scoring.md).</summary>
public static class BuiltInScales
{
    public static IReadOnlyList<SurveyScale> Create() =>
    [
        new()
        {
            Code = "nps", Name = "Net Promoter (0–10)", Kind = ScaleKind.Nps, Min = 0, Max = 10,
            SatisfiedMin = 9, TopBoxMin = 9,
            Labels = [Label(0, "Not at all likely"), Label(5, "Neutral"), Label(10, "Extremely likely")],
        },
        new()
        {
            Code = "csat5", Name = "Satisfaction (1–5)", Kind = ScaleKind.Csat, Min = 1, Max = 5,
            SatisfiedMin = 4, TopBoxMin = 5,
            Labels =
            [
                Label(1, "Very dissatisfied"), Label(2, "Dissatisfied"), Label(3, "Neutral"),
                Label(4, "Satisfied"), Label(5, "Very satisfied"),
            ],
        },
        new()
        {
            Code = "csat10", Name = "Satisfaction (1–10)", Kind = ScaleKind.Csat, Min = 1, Max = 10,
            SatisfiedMin = 8, TopBoxMin = 9,
            Labels = [Label(1, "Very dissatisfied"), Label(10, "Very satisfied")],
        },
        new()
        {
            Code = "ces7", Name = "Customer effort (1–7)", Kind = ScaleKind.Ces, Min = 1, Max = 7,
            SatisfiedMin = 5, TopBoxMin = 6,
            Labels = [Label(1, "Very difficult"), Label(4, "Neither"), Label(7, "Very easy")],
        },
    ];

    private static ScaleLabel Label(int value, string text) => new() { Value = value, Text = text };
}
