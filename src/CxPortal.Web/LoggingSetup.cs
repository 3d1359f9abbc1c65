using Serilog;
using Serilog.Events;

namespace CxPortal.Web;

public static class LoggingSetup
{
    /// <summary>
    /// Structured console logs, levels from the Serilog section. Request logs carry the path,
    /// never the query string or body: respondent ids, comments and keys stay out of the logs.
    /// </summary>
    public static WebApplicationBuilder AddCxPortalLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate:
                "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}"));
        return builder;
    }

    public static IApplicationBuilder UseCxPortalRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            // Health probes every few seconds would drown the log.
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/healthz") || context.Request.Path.StartsWithSegments("/readyz")
                    ? LogEventLevel.Verbose
                    : LogEventLevel.Information;
        });
}
