using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Data;

/// <summary>
/// How a context is built for each provider: one place for the app, the design-time factories,
/// the tests and the benchmark, so they cannot drift apart.
/// </summary>
public static class CxPortalDatabase
{
    public const string SqliteMigrationsAssembly = "CxPortal.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "CxPortal.Migrations.Postgres";
    public const string DefaultSqliteConnection = "Data Source=data/cxportal.db";

    public static DbContextOptionsBuilder Configure(
        DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
        return options.UseSnakeCaseNamingConvention();
    }

    public static DbContextOptions<CxPortalDbContext> Options(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<CxPortalDbContext>();
        Configure(builder, provider, connectionString);
        return builder.Options;
    }

    /// <summary>Makes a relative SQLite file path absolute under <paramref name="baseDirectory"/> and creates its folder.</summary>
    public static string PrepareSqliteConnection(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.IsPathRooted(file) ? file : Path.GetFullPath(Path.Combine(baseDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        return builder.ToString();
    }
}
