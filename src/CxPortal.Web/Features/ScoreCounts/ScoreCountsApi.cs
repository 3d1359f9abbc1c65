using CxPortal.Data.ScoreCounts;
using Microsoft.AspNetCore.Http.HttpResults;

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

    private static async Task<Ok<VerifyReport>> Verify(ScoreCountMaintenance counts, CancellationToken ct) =>
        TypedResults.Ok(await counts.VerifyAsync(ct));

    private static async Task<Ok<VerifyReport>> Rebuild(ScoreCountMaintenance counts, CancellationToken ct) =>
        TypedResults.Ok(await counts.RebuildAsync(ct));
}
