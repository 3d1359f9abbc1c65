using CxPortal.Domain.Scoring;
using CxPortal.Domain.Surveys;

namespace CxPortal.Domain.Tests.Scoring;

/// <summary>Scales used across the scoring tests: the built-ins plus deliberately odd ones.</summary>
internal static class TestScales
{
    public static readonly ScaleDefinition Nps = new(1, "nps", ScaleKind.Nps, 0, 10, 9, 9);
    public static readonly ScaleDefinition Csat5 = new(2, "csat5", ScaleKind.Csat, 1, 5, 4, 5);
    public static readonly ScaleDefinition Csat10 = new(3, "csat10", ScaleKind.Csat, 1, 10, 8, 9);
    public static readonly ScaleDefinition Ces7 = new(4, "ces7", ScaleKind.Ces, 1, 7, 5, 6);

    /// <summary>A 0–10 rating that is NOT an nps scale: it must never yield an NPS.</summary>
    public static readonly ScaleDefinition Rating10 = new(5, "rating10", ScaleKind.Rating, 0, 10, 7, 9);

    /// <summary>Yes/no as 0–1.</summary>
    public static readonly ScaleDefinition Binary = new(6, "yesno", ScaleKind.Csat, 0, 1, 1, 1);

    /// <summary>An nps-kind scale on 1–5: promoter ≥ 5, detractor ≤ 1 + 0.6·4 = 3.4, i.e. ≤ 3.</summary>
    public static readonly ScaleDefinition Nps5 = new(7, "nps5", ScaleKind.Nps, 1, 5, 5, 5);

    public static readonly ScaleDefinition[] All = [Nps, Csat5, Csat10, Ces7, Rating10, Binary, Nps5];

    public static ScoreSet Set(ScaleDefinition scale, params int[] scores) => new ScoreSet().AddScores(scale, scores);
}
