using CxPortal.Data;
using CxPortal.Web.Components;
using CxPortal.Web.Features.Accounts;
using CxPortal.Web.Features.ApiKeys;
using CxPortal.Web.Features.Demo;
using CxPortal.Web.Features.Users;
using CxPortal.Web.Features.Health;
using CxPortal.Web.Features.Imports;
using CxPortal.Web.Features.ScoreCounts;
using CxPortal.Web.Features.Scores;
using CxPortal.Web.Features.Audit;
using CxPortal.Web.Features.Configuration;
using CxPortal.Web.Features.Journeys;
using CxPortal.Web.Features.Touchpoints;
using CxPortal.Web.Features.Touchpoints.Coverage;
using CxPortal.Web.Features.Touchpoints.Csv;
using CxPortal.Web.Features.Touchpoints.Metrics;
using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Auth;
using CxPortal.Web.Infrastructure.Email;
using MudBlazor.Services;

namespace CxPortal.Web;

public static class ServiceSetup
{
    public static WebApplicationBuilder AddCxPortalServices(this WebApplicationBuilder builder)
    {
        // Lets the build output (not only a publish) serve _content/MudBlazor outside Development.
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        services.AddCxPortalData();
        services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        services.AddSingleton(TimeProvider.System);

        services.Configure<BootstrapOptions>(builder.Configuration.GetSection(BootstrapOptions.Section));
        services.AddCxPortalAuth();
        services.AddCxPortalHardening();

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o => JsonDefaults.Apply(o.SerializerOptions));
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: [DatabaseReadyCheck.Tag]);

        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();
        services.AddScoped<DatabaseInitialiser>();
        services.AddScoped<AccountBootstrapper>();
        services.AddScoped<ApiKeyService>();
        services.AddScoped<UserService>();
        services.AddSingleton<DemoDataSeeder>();
        services.AddScoped<TouchpointQueries>();
        services.AddScoped<CoverageQueries>();
        services.AddScoped<ScoreService>();
        services.AddScoped<TouchpointScoreService>();
        services.AddScoped<ComparisonService>();
        services.AddScoped<RespondentScoreService>();
        services.AddScoped<TouchpointService>();
        services.AddScoped<MetricService>();
        services.AddScoped<TouchpointCsvExporter>();
        services.AddScoped<TouchpointCsvImporter>();
        services.AddScoped<JourneyService>();
        services.AddScoped<ScaleService>();
        services.AddScoped<StageService>();
        services.AddScoped<ChannelService>();
        services.AddScoped<SegmentDimensionService>();
        services.AddScoped<SettingsService>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<ScoreCountMaintenance>();
        services.AddCxPortalIngestion();
        services.AddCxPortalEmail(builder.Configuration);
        return builder;
    }
}
