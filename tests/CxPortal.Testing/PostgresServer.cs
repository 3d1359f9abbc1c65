using Npgsql;
using Xunit;

namespace CxPortal.Testing;

/// <summary>
/// The PostgreSQL server the tests may use: scripts/test.sh starts a throwaway cluster and puts its
/// admin connection string in CXPORTAL_TEST_POSTGRES. Without it, PostgreSQL tests skip and say why.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "CXPORTAL_TEST_POSTGRES";

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;

    public static string RequireAdminConnectionString() =>
        AdminConnectionString ?? throw SkipException();

    public static string ForDatabase(string database) =>
        new NpgsqlConnectionStringBuilder(RequireAdminConnectionString()) { Database = database, Pooling = true }.ToString();

    public static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(RequireAdminConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static Exception SkipException()
    {
        Assert.Skip($"PostgreSQL is not configured: set {Variable} to an admin connection string " +
                    "(scripts/test.sh starts a throwaway cluster and sets it).");
        return new InvalidOperationException("unreachable");
    }
}
