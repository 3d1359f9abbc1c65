using CxPortal.Data;
using CxPortal.Domain.Journeys;
using CxPortal.Domain.Surveys;
using CxPortal.Domain.Touchpoints;
using CxPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CxPortal.Bench;

/// <summary>
/// The benchmark's own throwaway PostgreSQL database: dropped and created fresh, migrated with the
/// product's migrations, and given the dataset's touchpoints, journeys and segment dimensions.
/// </summary>
public sealed class BenchDatabase(string serverConnection, string name)
{
    public string ConnectionString { get; } =
        new NpgsqlConnectionStringBuilder(serverConnection) { Database = name, CommandTimeout = 0 }.ToString();

    public IDbContextFactory<CxPortalDbContext> Contexts { get; } = new ServiceCollection()
        .AddDbContextFactory<CxPortalDbContext>(o => CxPortalDatabase.Configure(o, DatabaseProvider.Postgres,
            new NpgsqlConnectionStringBuilder(serverConnection) { Database = name, CommandTimeout = 0 }.ToString()))
        .BuildServiceProvider()
        .GetRequiredService<IDbContextFactory<CxPortalDbContext>>();

    public async Task RecreateAsync(bool explain, CancellationToken ct)
    {
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(serverConnection) { Database = "postgres" }.ToString()))
        {
            await admin.OpenAsync(ct);
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", ct);
            await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"", ct);
            if (explain)
            {
                // Profiling aid: the server logs each slow statement, nested ones too, with its analysed plan.
                await ExecuteAsync(admin, $"""
                    ALTER DATABASE "{name}" SET session_preload_libraries = 'auto_explain';
                    ALTER DATABASE "{name}" SET auto_explain.log_min_duration = '200ms';
                    ALTER DATABASE "{name}" SET auto_explain.log_analyze = on;
                    ALTER DATABASE "{name}" SET auto_explain.log_nested_statements = on;
                    """, ct);
            }
        }

        await using var db = await Contexts.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        await ReferenceData.EnsureAsync(db, ct);
        await AddDatasetDefinitionsAsync(db, ct);
    }

    public async Task DropAsync(CancellationToken ct)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(serverConnection) { Database = "postgres" }.ToString());
        await admin.OpenAsync(ct);
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", ct);
    }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task AddDatasetDefinitionsAsync(CxPortalDbContext db, CancellationToken ct)
    {
        var stages = await db.Stages.OrderBy(s => s.Position).Select(s => s.Id).ToListAsync(ct);
        var channels = await db.Channels.OrderBy(c => c.Code).Select(c => c.Id).ToListAsync(ct);
        var now = DateTime.UtcNow;
        var touchpoints = Enumerable.Range(0, Dataset.TouchpointCount).Select(t => new Touchpoint
        {
            Code = Dataset.TouchpointCode(t), Name = $"Touchpoint {t + 1}", StageId = stages[t % stages.Count],
            ChannelId = channels[t % channels.Count], Owner = $"Team {t % 7 + 1}", CreatedAt = now, UpdatedAt = now,
        }).ToList();
        db.Journeys.AddRange(Enumerable.Range(0, Dataset.JourneyCount).Select(j => new Journey
        {
            Code = Dataset.JourneyCode(j), Name = $"Journey {(char)('A' + j)}", CreatedAt = now, UpdatedAt = now,
            Steps = Dataset.TouchpointsOf(j).Select((t, position) => new JourneyStep { Position = position, Touchpoint = touchpoints[t] }).ToList(),
        }));
        db.SegmentDimensions.AddRange(Dataset.Dimensions.Select(d => new SegmentDimension
        {
            Code = d.Code, Name = d.Name, Values = d.Values.Select(v => new SegmentValue { Value = v }).ToList(),
        }));
        await db.SaveChangesAsync(ct);
    }
}
