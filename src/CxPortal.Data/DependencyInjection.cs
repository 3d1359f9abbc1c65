using CxPortal.Data.ScoreCounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CxPortal.Data;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the context factory (Blazor components and background jobs create a short-lived
    /// context per operation) and a scoped context (Identity and request handlers).
    /// </summary>
    public static IServiceCollection AddCxPortalData(
        this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ConnectionString(configuration, options.Provider, contentRoot);

        services.AddSingleton(options);
        services.AddDbContextFactory<CxPortalDbContext>(o => CxPortalDatabase.Configure(o, options.Provider, connectionString));
        services.AddSingleton<ScoreCountVerifier>();
        return services;
    }

    private static string ConnectionString(IConfiguration configuration, DatabaseProvider provider, string contentRoot) =>
        provider switch
        {
            DatabaseProvider.Sqlite => CxPortalDatabase.PrepareSqliteConnection(
                configuration.GetConnectionString("Sqlite") ?? CxPortalDatabase.DefaultSqliteConnection, contentRoot),
            DatabaseProvider.Postgres => configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Postgres is not set " +
                    "(environment variable ConnectionStrings__Postgres)."),
            _ => throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use Sqlite or Postgres."),
        };
}
