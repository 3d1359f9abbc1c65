using CxPortal.Web.Infrastructure.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPortal.Web.Features.Audit;

public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder group)
    {
        group.MapGet("/audit", ListAsync).WithName("ListAuditEntries").WithTags("Audit")
            .WithSummary("Audit log, newest first, paged; filter by from/to (days or instants), entityType and actor.");
        return group;
    }

    private static async Task<Results<Ok<AuditPage>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [AsParameters] AuditFilter filter, AuditQueries audit, CancellationToken ct) =>
        (await audit.ListAsync(filter, ct)).ToOk();
}
