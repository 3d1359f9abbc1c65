namespace CxPortal.Domain.Surveys;

public enum ScaleKind
{
    Nps,
    Csat,
    Ces,
    Rating,
}
