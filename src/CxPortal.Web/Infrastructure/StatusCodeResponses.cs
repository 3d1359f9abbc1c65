using Microsoft.AspNetCore.Diagnostics;

namespace CxPortal.Web.Infrastructure;

/// <summary>Bare status codes become problem+json for the API and stay empty for pages.</summary>
public static class StatusCodeResponses
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.Path.StartsWithSegments("/api") || http.Response.HasStarted)
        {
            return;
        }
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http });
    }
}
