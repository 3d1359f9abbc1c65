using CxPortal.Web.Features.Measurements;
using CxPortal.Web.Features.Responses;

namespace CxPortal.Web.Features.Imports;

/// <summary>The ingestion feature: responses, measurements and CSV imports run as background jobs.</summary>
public static class ImportsSetup
{
    public static IServiceCollection AddCxPortalIngestion(this IServiceCollection services)
    {
        services.AddScoped<ResponseService>();
        services.AddScoped<MeasurementService>();
        services.AddScoped<ResponseCsvImporter>();
        services.AddScoped<MeasurementCsvImporter>();
        services.AddScoped<ImportRequests>();
        services.AddScoped<ImportMappingService>();
        services.AddScoped<ImportService>();
        services.AddScoped<ImportJobRunner>();
        services.AddSingleton<ImportJobs>();
        services.AddSingleton<ImportQueue>();
        services.AddHostedService<ImportWorker>();
        return services;
    }
}
