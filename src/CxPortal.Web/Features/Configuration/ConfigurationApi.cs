using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPortal.Web.Features.Configuration;

/// <summary>/api/scales, /api/stages, /api/channels, /api/segment-dimensions, /api/settings: read by every reader of scores, written by admins.</summary>
public static class ConfigurationApi
{
    private const string Tag = "Configuration";

    public static RouteGroupBuilder MapConfigurationReadApi(this RouteGroupBuilder group)
    {
        group.MapGet("/scales", ListScalesAsync).WithName("ListScales").WithTags(Tag)
            .WithSummary("Survey scales, with whether responses use them (then range and kind are locked).");
        group.MapGet("/scales/{code}", GetScaleAsync).WithName("GetScale").WithTags(Tag).WithSummary("One survey scale.");
        group.MapGet("/stages", ListStagesAsync).WithName("ListStages").WithTags(Tag).WithSummary("The lifecycle stages, in order.");
        group.MapGet("/channels", ListChannelsAsync).WithName("ListChannels").WithTags(Tag).WithSummary("The channels.");
        group.MapGet("/segment-dimensions", ListDimensionsAsync).WithName("ListSegmentDimensions").WithTags(Tag)
            .WithSummary("The segment dimensions responses may carry.");
        group.MapGet("/settings", GetSettingsAsync).WithName("GetSettings").WithTags(Tag)
            .WithSummary("Flag thresholds and the confidence level.");
        return group;
    }

    public static RouteGroupBuilder MapConfigurationWriteApi(this RouteGroupBuilder group)
    {
        group.MapPost("/scales", CreateScaleAsync).WithName("CreateScale").WithTags(Tag).WithSummary("Adds a survey scale.");
        group.MapPut("/scales/{code}", UpdateScaleAsync).WithName("UpdateScale").WithTags(Tag)
            .WithSummary("Changes a scale; range and kind are refused once responses use it.");
        group.MapPut("/stages", ReplaceStagesAsync).WithName("ReplaceStages").WithTags(Tag)
            .WithSummary("Replaces the ordered list of stages; a stage with touchpoints cannot be removed.");
        group.MapPut("/channels", ReplaceChannelsAsync).WithName("ReplaceChannels").WithTags(Tag)
            .WithSummary("Replaces the list of channels; a channel with touchpoints cannot be removed.");
        group.MapPut("/segment-dimensions", ReplaceDimensionsAsync).WithName("ReplaceSegmentDimensions").WithTags(Tag)
            .WithSummary("Replaces the list of segment dimensions; one that responses carry cannot be removed.");
        group.MapPut("/settings", UpdateSettingsAsync).WithName("UpdateSettings").WithTags(Tag)
            .WithSummary("Sets the flag thresholds and the confidence level.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<ScaleDetails>>> ListScalesAsync(ScaleService scales, CancellationToken ct) =>
        TypedResults.Ok(await scales.ListAsync(ct));

    private static async Task<Results<Ok<ScaleDetails>, ProblemHttpResult>> GetScaleAsync(string code, ScaleService scales, CancellationToken ct) =>
        await scales.GetAsync(code, ct) is { } scale ? TypedResults.Ok(scale) : ApiResults.NotFound("Scale", code);

    private static async Task<Results<Created<ScaleDetails>, ValidationProblem, ProblemHttpResult>> CreateScaleAsync(
        ScaleInput input, ScaleService scales, CancellationToken ct) =>
        (await scales.CreateAsync(input, ct)).ToCreated(s => $"/api/scales/{Uri.EscapeDataString(s.Code)}");

    private static async Task<Results<Ok<ScaleDetails>, ValidationProblem, ProblemHttpResult>> UpdateScaleAsync(
        string code, ScaleInput input, ScaleService scales, CancellationToken ct) =>
        (await scales.UpdateAsync(code, input, ct)).ToOk();

    private static async Task<Ok<IReadOnlyList<StageDetails>>> ListStagesAsync(StageService stages, CancellationToken ct) =>
        TypedResults.Ok(await stages.ListAsync(ct));

    private static async Task<Results<Ok<IReadOnlyList<StageDetails>>, ValidationProblem, ProblemHttpResult>> ReplaceStagesAsync(
        List<CodeNameInput?> input, StageService stages, CancellationToken ct) =>
        (await stages.ReplaceAsync(input, ct)).ToOk();

    private static async Task<Ok<IReadOnlyList<ChannelDetails>>> ListChannelsAsync(ChannelService channels, CancellationToken ct) =>
        TypedResults.Ok(await channels.ListAsync(ct));

    private static async Task<Results<Ok<IReadOnlyList<ChannelDetails>>, ValidationProblem, ProblemHttpResult>> ReplaceChannelsAsync(
        List<CodeNameInput?> input, ChannelService channels, CancellationToken ct) =>
        (await channels.ReplaceAsync(input, ct)).ToOk();

    private static async Task<Ok<IReadOnlyList<SegmentDimensionDetails>>> ListDimensionsAsync(
        SegmentDimensionService dimensions, CancellationToken ct) =>
        TypedResults.Ok(await dimensions.ListAsync(ct));

    private static async Task<Results<Ok<IReadOnlyList<SegmentDimensionDetails>>, ValidationProblem, ProblemHttpResult>> ReplaceDimensionsAsync(
        List<CodeNameInput?> input, SegmentDimensionService dimensions, CancellationToken ct) =>
        (await dimensions.ReplaceAsync(input, ct)).ToOk();

    private static async Task<Ok<SettingsDetails>> GetSettingsAsync(SettingsService settings, CancellationToken ct) =>
        TypedResults.Ok(await settings.GetAsync(ct));

    private static async Task<Results<Ok<SettingsDetails>, ValidationProblem, ProblemHttpResult>> UpdateSettingsAsync(
        SettingsInput input, SettingsService settings, CancellationToken ct) =>
        (await settings.UpdateAsync(input, ct)).ToOk();
}
