using CxPortal.Domain.Surveys;

namespace CxPortal.Web.Features.Scores;

public sealed record ScaleView(string Code, string Name, ScaleKind Kind, int Min, int Max, int SatisfiedMin, int TopBoxMin);
