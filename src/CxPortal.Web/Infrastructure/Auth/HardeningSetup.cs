using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CxPortal.Web.Infrastructure.Auth;

/// <summary>Security headers, rate limits and request size limits.</summary>
public static class HardeningSetup
{
    public const string IngestLimit = "ingest";
    public const long DefaultMaxRequestBody = 16 * 1024 * 1024;

    public static IServiceCollection AddCxPortalHardening(this IServiceCollection services)
    {
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        // Imports raise this for their own endpoint.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = DefaultMaxRequestBody);

        services.AddRateLimiter(_ => { });
        // Configured from the final configuration (environment, test hosts), not the builder's early view.
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            var login = configuration.GetValue("RateLimits:LoginPerMinute", 10);
            var ingest = configuration.GetValue("RateLimits:IngestPerSecond", 500);
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                return ValueTask.CompletedTask;
            };
            // Password guessing: a few login posts per minute per client address.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(c =>
                HttpMethods.IsPost(c.Request.Method) && c.Request.Path.StartsWithSegments(AuthSetup.LoginPath)
                    ? RateLimitPartition.GetFixedWindowLimiter(Client(c), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = login, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter("none"));
            // Ingestion: per API key (or user), a token bucket that allows bursts.
            o.AddPolicy(IngestLimit, c => RateLimitPartition.GetTokenBucketLimiter(
                c.Request.Headers[AuthClaims.ApiKeyHeader].FirstOrDefault() is { Length: > 0 } key
                    ? "key:" + ApiKeySecrets.Hash(key)
                    : "user:" + (c.User.Identity?.Name ?? Client(c)),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = ingest * 2, TokensPerPeriod = ingest, ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0, AutoReplenishment = true,
                }));
        });
        return services;
    }

    public static WebApplication UseCxPortalSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseSecurityHeaders(new HeaderPolicyCollection()
            .AddDefaultSecurityHeaders() // nosniff, frame options, referrer policy, removes Server
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddContentSecurityPolicy(csp =>
            {
                // Blazor Server needs its own scripts and a websocket back to this origin; MudBlazor
                // sets inline styles. Nothing else is loaded from anywhere.
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self().UnsafeInline();
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self().Data();
                csp.AddConnectSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddFrameAncestors().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
            }));
        return app;
    }

    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
