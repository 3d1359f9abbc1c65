using CxPortal.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CxPortal.Testing;

/// <summary>
/// A fresh, migrated, empty database for one test, on either provider. Each is a copy of a template
/// migrated once per test run, so migrations run once and tests stay independent.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _sqliteTemplate;
    private static string? _postgresTemplate;
    private readonly string _name;

    private TestDatabase(DatabaseProvider provider, string connectionString, string name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _name = name;
        Factory = new ContextFactory(CxPortalDatabase.Options(provider, connectionString));
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public IDbContextFactory<CxPortalDbContext> Factory { get; }

    public CxPortalDbContext CreateContext() => Factory.CreateDbContext();

    /// <summary>Configuration keys that point the app at this database.</summary>
    public IReadOnlyDictionary<string, string?> AppSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        [$"ConnectionStrings:{Provider}"] = ConnectionString,
    };

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var name = $"cxtest_{Guid.NewGuid():N}";
        if (provider == DatabaseProvider.Sqlite)
        {
            var template = await SqliteTemplateAsync();
            var file = Path.Combine(Path.GetTempPath(), "cxportal-tests", name + ".db");
            File.Copy(template, file);
            return new TestDatabase(provider, $"Data Source={file};Pooling=False", name);
        }
        var postgresTemplate = await PostgresTemplateAsync();
        await PostgresServer.ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {postgresTemplate}");
        return new TestDatabase(provider, PostgresServer.ForDatabase(name), name);
    }

    /// <summary>A database with nothing in it (not migrated), for migration tests.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(DatabaseProvider provider)
    {
        var name = $"cxtest_{Guid.NewGuid():N}";
        if (provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "cxportal-tests"));
            return new TestDatabase(provider, $"Data Source={Path.Combine(Path.GetTempPath(), "cxportal-tests", name + ".db")};Pooling=False", name);
        }
        await PostgresServer.ExecuteAsync($"CREATE DATABASE {name}");
        return new TestDatabase(provider, PostgresServer.ForDatabase(name), name);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
            return;
        }
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        await PostgresServer.ExecuteAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private static async Task<string> SqliteTemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_sqliteTemplate is null)
            {
                var folder = Path.Combine(Path.GetTempPath(), "cxportal-tests");
                Directory.CreateDirectory(folder);
                var file = Path.Combine(folder, $"template_{Environment.ProcessId}_{Guid.NewGuid():N}.db");
                await using (var db = new CxPortalDbContext(CxPortalDatabase.Options(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False")))
                {
                    await db.Database.MigrateAsync();
                }
                _sqliteTemplate = file;
            }
            return _sqliteTemplate;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static async Task<string> PostgresTemplateAsync()
    {
        PostgresServer.RequireAdminConnectionString();
        await TemplateLock.WaitAsync();
        try
        {
            if (_postgresTemplate is null)
            {
                var name = $"cxtemplate_{Environment.ProcessId}_{Guid.NewGuid():N}"[..40];
                await PostgresServer.ExecuteAsync($"CREATE DATABASE {name}");
                var connectionString = PostgresServer.ForDatabase(name);
                await using (var db = new CxPortalDbContext(CxPortalDatabase.Options(DatabaseProvider.Postgres, connectionString)))
                {
                    await db.Database.MigrateAsync();
                }
                // CREATE DATABASE ... TEMPLATE needs the template free of connections.
                NpgsqlConnection.ClearAllPools();
                _postgresTemplate = name;
            }
            return _postgresTemplate;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private sealed class ContextFactory(DbContextOptions<CxPortalDbContext> options) : IDbContextFactory<CxPortalDbContext>
    {
        public CxPortalDbContext CreateDbContext() => new(options);
    }
}
