using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CxPortal.Web.Features.Imports;

/// <summary>The ingestion endpoints' shared HTTP pieces: their body limits, body reading and item-level problems.</summary>
internal static class IngestionHttp
{
    /// <summary>
    /// Raises the server-wide body limit for this request only. It must run before the body is read,
    /// which is why these handlers read their bodies themselves instead of binding parameters.
    /// </summary>
    public static void AllowBody(HttpContext http, long bytes)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = bytes;
        }
    }

    /// <summary>The JSON body as <typeparamref name="T"/>, or the reason it cannot be read.</summary>
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadJsonAsync<T>(HttpContext http, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
        {
            return (default, TypedResults.Problem(detail: "Send the body as application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type."));
        }
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            return (await JsonSerializer.DeserializeAsync<T>(http.Request.Body, options, ct), null);
        }
        catch (JsonException e)
        {
            return (default, Infrastructure.ApiResults.BadRequest(
                $"The body is not valid JSON for this endpoint{(e.Path is { Length: > 1 } path ? $" (at {path})" : "")}: {e.Message.Split(" Path:")[0]}"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (default, TooLarge($"The body is larger than {http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize / (1024 * 1024)} MB."));
        }
    }

    /// <summary>A problem document listing the items at fault: <c>errors: [{index, field, message}]</c>.</summary>
    public static ProblemHttpResult ItemProblem(int status, string title, string detail, IReadOnlyList<ItemError> errors) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    public static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large.");

    /// <summary>"1 response is", "3 responses are".</summary>
    public static string Counted(int count, string noun) => count == 1 ? $"1 {noun} is" : $"{count:N0} {noun}s are";
}
