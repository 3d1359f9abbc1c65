using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CxPortal.Web.Features.Imports;

/// <summary>
/// /api/imports: CSV uploads of responses (long or wide) and measurements, run as background jobs.
/// The uploads are multipart posts from scripts with an API key, or from signed-in browsers; they
/// skip antiforgery like every API endpoint here, because a key-carrying script has no token and the
/// cookie is SameSite=Lax, which a cross-site form post does not carry.
/// </summary>
public static class ImportsApi
{
    private const string Tag = "Imports";

    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder group)
    {
        group.MapPost("/imports/responses", (HttpContext http, ImportService imports, CurrentActor actor, CancellationToken ct) =>
                UploadAsync(ImportKinds.Responses, http, imports, actor, ct))
            .WithName("ImportResponses").WithTags(Tag)
            .WithSummary("Queues a CSV of responses (multipart field 'file', up to 200 MB; format=long|wide, mapping or mappingName, dryRun, skipInvalid).")
            .Accepts<IFormFile>("multipart/form-data").DisableAntiforgery();
        group.MapPost("/imports/measurements", (HttpContext http, ImportService imports, CurrentActor actor, CancellationToken ct) =>
                UploadAsync(ImportKinds.Measurements, http, imports, actor, ct))
            .WithName("ImportMeasurements").WithTags(Tag)
            .WithSummary("Queues a CSV of measurements (touchpoint, metric, periodStart, periodEnd, value); dryRun, skipInvalid.")
            .Accepts<IFormFile>("multipart/form-data").DisableAntiforgery();
        group.MapGet("/imports/{id:guid}", GetAsync).WithName("GetImport").WithTags(Tag)
            .WithSummary("An import job: state, rows done and total, and its report once finished.");
        group.MapPost("/imports/{id:guid}/cancel", CancelAsync).WithName("CancelImport").WithTags(Tag)
            .WithSummary("Cancels a queued or running import; a running one is rolled back.");
        group.MapGet("/imports/mappings", ListMappingsAsync).WithName("ListImportMappings").WithTags(Tag)
            .WithSummary("The saved wide-format mappings.");
        group.MapPost("/imports/mappings", SaveMappingAsync).WithName("SaveImportMapping").WithTags(Tag)
            .WithSummary("Saves a wide-format mapping under a name (replacing one of the same name).");
        return group;
    }

    private static async Task<Results<Accepted<ImportJobView>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        string kind, HttpContext http, ImportService imports, CurrentActor actor, CancellationToken ct)
    {
        IngestionHttp.AllowBody(http, UploadSpooler.MaxBytes + 1024 * 1024);
        var boundary = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType)
                       && contentType.MediaType.Value?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true
            ? HeaderUtilities.RemoveQuotes(contentType.Boundary).Value
            : null;
        if (string.IsNullOrEmpty(boundary))
        {
            return ApiResults.BadRequest("Send the CSV as multipart/form-data in a field named 'file'.");
        }
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        SpooledUpload? upload = null;
        try
        {
            var reader = new MultipartReader(boundary, http.Request.Body);
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }
                var name = disposition.Name.Value ?? "";
                if (disposition.IsFileDisposition() && name == "file" && upload is null)
                {
                    var (spooled, problem) = await imports.SpoolAsync(section.Body, disposition.FileName.Value ?? disposition.FileNameStar.Value, ct);
                    if (problem is not null)
                    {
                        return problem.TooLarge ? IngestionHttp.TooLarge(problem.Message) : ApiResults.BadRequest(problem.Message);
                    }
                    upload = spooled;
                }
                else if (!disposition.IsFileDisposition())
                {
                    using var text = new StreamReader(section.Body);
                    fields[name] = await text.ReadToEndAsync(ct);
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return IngestionHttp.TooLarge($"The upload is larger than {UploadSpooler.MaxBytes / (1024 * 1024)} MB; split the file.");
        }
        if (upload is null)
        {
            return ApiResults.BadRequest("Send the CSV as multipart/form-data in a field named 'file'.");
        }

        string? Field(string name) => http.Request.Query[name].FirstOrDefault() ?? fields.GetValueOrDefault(name);
        var request = new ImportRequest(Field("format"), Field("mapping"), Field("mappingName"), Flag(Field("dryRun")), Flag(Field("skipInvalid")));
        var started = await imports.StartAsync(kind, upload, request, await actor.NameAsync(), ct);
        return started.Succeeded
            ? TypedResults.Accepted($"/api/imports/{started.Value!.Id}", started.Value)
            : ApiResults.Invalid(started.Errors.ToDictionary(e => e.Key, e => e.Value));
    }

    private static bool Flag(string? value) => value is not null && (value.Length == 0 || bool.TryParse(value, out var b) && b || value == "1");

    private static async Task<Results<Ok<ImportJobView>, ProblemHttpResult>> GetAsync(Guid id, ImportService imports, CancellationToken ct) =>
        await imports.GetAsync(id, ct) is { } job ? TypedResults.Ok(job) : ApiResults.NotFound("Import", id.ToString());

    private static async Task<Results<Ok<ImportJobView>, ValidationProblem, ProblemHttpResult>> CancelAsync(
        Guid id, ImportService imports, CancellationToken ct) =>
        (await imports.CancelAsync(id, ct)).ToOk();

    private static async Task<Ok<IReadOnlyList<SavedMapping>>> ListMappingsAsync(ImportMappingService mappings, CancellationToken ct) =>
        TypedResults.Ok(await mappings.ListAsync(ct));

    private static async Task<Results<Ok<SavedMapping>, ValidationProblem, ProblemHttpResult>> SaveMappingAsync(
        SavedMapping mapping, ImportMappingService mappings, CurrentActor actor, CancellationToken ct) =>
        (await mappings.SaveAsync(mapping, await actor.NameAsync(), ct)).ToOk();
}
