namespace CxPortal.Web.Infrastructure.Outcomes;

/// <summary>How an application service call ended; maps one to one onto 200/201, 400, 404 and 409.</summary>
public enum OutcomeKind
{
    Ok,
    Invalid,
    NotFound,
    Conflict,
}
