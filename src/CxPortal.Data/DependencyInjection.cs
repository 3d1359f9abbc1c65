using CxPortal.Data.ScoreCounts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CxPortal.Data;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the context factory (Blazor components and background jobs create a short-lived
    /// context per operation) and a scoped context (Identity and request handlers). The provider
    /// and connection are read from the final configuration when first needed, so environment
    /// variables and test hosts can override them.
    /// </summary>
    public static IServiceCollection AddCxPortalData(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        services.AddDbContextFactory<CxPortalDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<DatabaseOptions>();
            var connection = ConnectionString(sp.GetRequiredService<IConfiguration>(), database.Provider,
                sp.GetRequiredService<IHostEnvironment>().ContentRootPath);
            CxPortalDatabase.Configure(options, database.Provider, connection);
        });
        services.AddSingleton<ScoreCountVerifier>();
        return services;
    }

    private static string ConnectionString(IConfiguration configuration, DatabaseProvider provider, string contentRoot) =>
        provider switch
        {
            DatabaseProvider.Sqlite => CxPortalDatabase.PrepareSqliteConnection(
                configuration.GetConnectionString("Sqlite") ?? CxPortalDatabase.DefaultSqliteConnection, contentRoot),
            DatabaseProvider.Postgres => configuration.GetConnectionString("Postgres") is { Length: > 0 } postgres
                ? postgres
                : throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Postgres is not set " +
                    "(environment variable ConnectionStrings__Postgres)."),
            _ => throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use Sqlite or Postgres."),
        };
}
