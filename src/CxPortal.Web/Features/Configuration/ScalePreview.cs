using System.Globalization;
using CxPortal.Domain.Scoring;
using CxPortal.Domain.Surveys;
using CxPortal.Web.Infrastructure.Validation;

namespace CxPortal.Web.Features.Configuration;

/// <summary>
/// What each point of a scale being edited will count as, decided by the domain's own rules
/// (<see cref="ScaleDefinition"/>), so the admin's preview and every figure agree.
/// </summary>
/// <param name="Nps">Promoter / passive / detractor, or null: NPS is computed on nps scales only.</param>
public sealed record ScalePoint(int Score, string Label, double Normalised, bool Satisfied, bool VerySatisfied, string? Nps);

public static class ScalePreview
{
    /// <summary>The points of the range, or none while the range or thresholds are not valid (the form shows why).</summary>
    public static IReadOnlyList<ScalePoint> Of(ScaleInput input)
    {
        var valid = new ScaleInputValidator().Validate(input.Normalised() with { Code = "preview", Name = "preview", Labels = [] });
        if (!valid.IsValid || !ContractWords.ScaleKinds.TryParse(input.Kind, out var kind))
        {
            return [];
        }
        var scale = new ScaleDefinition(0, "preview", kind, input.Min!.Value, input.Max!.Value, input.SatisfiedMin!.Value, input.TopBoxMin!.Value);
        var labels = input.Labels ?? [];
        return Enumerable.Range(scale.Min, scale.Points).Select(score => new ScalePoint(
            score,
            labels.TryGetValue(score.ToString(CultureInfo.InvariantCulture), out var label) ? label : "",
            scale.Normalise(score),
            scale.IsSatisfied(score),
            scale.IsTopBox(score),
            kind != ScaleKind.Nps ? null : scale.IsPromoter(score) ? "promoter" : scale.IsDetractor(score) ? "detractor" : "passive")).ToList();
    }
}
