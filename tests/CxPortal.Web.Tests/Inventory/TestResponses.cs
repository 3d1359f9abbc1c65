using CxPortal.Data.Ingestion;
using CxPortal.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Inventory;

/// <summary>Writes responses through the one write path (ResponseWriter), so counts and raw rows agree.</summary>
internal static class TestResponses
{
    public static async Task WriteAsync(CxPortalApp app, string touchpoint, string scale, params int[] scores)
    {
        await using var db = app.Database.CreateContext();
        var touchpointId = await db.Touchpoints.Where(t => t.Code == touchpoint).Select(t => t.Id).SingleAsync(ApiJson.Ct);
        await WriteAsync(app, SubjectKind.Touchpoint, touchpointId, scale, scores);
    }

    public static async Task WriteOverallAsync(CxPortalApp app, string journey, string scale, params int[] scores)
    {
        await using var db = app.Database.CreateContext();
        var journeyId = await db.Journeys.Where(j => j.Code == journey).Select(j => j.Id).SingleAsync(ApiJson.Ct);
        await WriteAsync(app, SubjectKind.Journey, journeyId, scale, scores);
    }

    public static async Task WriteWithSegmentAsync(CxPortalApp app, string touchpoint, string scale, string dimension, string value, int score)
    {
        await using var db = app.Database.CreateContext();
        var touchpointId = await db.Touchpoints.Where(t => t.Code == touchpoint).Select(t => t.Id).SingleAsync(ApiJson.Ct);
        var scaleId = await db.SurveyScales.Where(s => s.Code == scale).Select(s => s.Id).SingleAsync(ApiJson.Ct);
        var dimensionId = await db.SegmentDimensions.Where(d => d.Code == dimension).Select(d => d.Id).SingleAsync(ApiJson.Ct);
        var valueId = await new SegmentValueResolver(db).ResolveAsync(dimensionId, value, ApiJson.Ct);
        var response = new StagedResponse(0, $"seg-{Guid.NewGuid():N}", SubjectKind.Touchpoint, touchpointId, scaleId, score,
            new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc), null, null, [new SegmentRef(dimensionId, valueId)]);
        var result = await ResponseWriter.WriteAsync(db, [response], ct: ApiJson.Ct);
        result.HasConflicts.Should().BeFalse();
    }

    private static async Task WriteAsync(CxPortalApp app, SubjectKind kind, int subjectId, string scale, int[] scores)
    {
        await using var db = app.Database.CreateContext();
        var scaleId = await db.SurveyScales.Where(s => s.Code == scale).Select(s => s.Id).SingleAsync(ApiJson.Ct);
        var responses = scores.Select((score, i) => new StagedResponse(i, $"r-{Guid.NewGuid():N}", kind, subjectId, scaleId, score,
            new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc).AddHours(i), $"resp-{i}", null, [])).ToList();
        var result = await ResponseWriter.WriteAsync(db, responses, ct: ApiJson.Ct);
        result.HasConflicts.Should().BeFalse();
        result.Accepted.Should().Be(scores.Length);
    }
}
