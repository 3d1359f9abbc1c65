using CxPortal.Data;
using CxPortal.Data.Auditing;
using CxPortal.Data.ScoreCounts;
using CxPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.ScoreCounts;

/// <summary>Admin actions on the count store: prove it equals a recount of the raw responses, or rebuild it from them.</summary>
public static class ScoreCountsApi
{
    private const string Tag = "Admin";

    public static RouteGroupBuilder MapScoreCountsApi(this RouteGroupBuilder group)
    {
        group.MapPost("/verify", Verify).WithName("VerifyScoreCounts")
            .WithSummary("Recounts every response and reports each count-store cell that differs (none when consistent).")
            .WithTags(Tag);
        group.MapPost("/rebuild", Rebuild).WithName("RebuildScoreCounts")
            .WithSummary("Replaces the count store with a recount of the raw responses in one transaction, then verifies it.")
            .WithTags(Tag);
        return group;
    }

    private static async Task<Ok<VerifyReport>> Verify(ScoreCountVerifier verifier, CancellationToken ct) =>
        TypedResults.Ok(await verifier.VerifyAsync(ct));

    private static async Task<Ok<VerifyReport>> Rebuild(ScoreCountVerifier verifier, IDbContextFactory<CxPortalDbContext> contexts,
        CurrentActor actor, CancellationToken ct)
    {
        await verifier.RebuildAsync(ct);
        var report = await verifier.VerifyAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        AuditLog.Record(db, await actor.NameAsync(), "rebuild", "score-counts", "all",
            new { report.ResponsesCounted, report.CellsChecked, report.DifferenceCount });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(report);
    }
}
