using CxPortal.Web.Features.Measurements;
using CxPortal.Web.Features.Responses;

namespace CxPortal.Web.Features.Imports;

/// <summary>The ingestion feature: responses, measurements and CSV imports.</summary>
public static class ImportsSetup
{
    public static IServiceCollection AddCxPortalIngestion(this IServiceCollection services)
    {
        services.AddScoped<ResponseService>();
        services.AddScoped<MeasurementService>();
        return services;
    }
}
