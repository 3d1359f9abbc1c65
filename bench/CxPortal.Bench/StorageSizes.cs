using Npgsql;

namespace CxPortal.Bench;

/// <summary>Heap and index sizes of the response and count tables after the load, per million responses (sizing input for docs/deployment.md).</summary>
public static class StorageSizes
{
    public sealed record Table(string Name, long Rows, long HeapBytes, long IndexBytes);

    private static readonly string[] Tables = ["responses", "response_segments", "score_counts", "segment_score_counts", "bare_responses"];

    public static async Task<IReadOnlyList<Table>> MeasureAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await BenchDatabase.ExecuteAsync(connection, "ANALYZE responses, response_segments, score_counts, segment_score_counts", ct);
        var tables = new List<Table>();
        foreach (var name in Tables)
        {
            if (await BenchDatabase.ScalarAsync<bool>(connection, $"SELECT to_regclass('{name}') IS NULL", ct))
            {
                continue;
            }
            await using var command = new NpgsqlCommand($"""
                SELECT (SELECT COUNT(*) FROM {name}), pg_table_size('{name}'), pg_indexes_size('{name}')
                """, connection) { CommandTimeout = 0 };
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            tables.Add(new Table(name, reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
        }
        return tables;
    }

    public static void Write(Report report, IReadOnlyList<Table> tables, long responses)
    {
        var millions = responses / 1e6;
        static string Mb(double bytes) => Report.Number(bytes / 1024 / 1024, 1);
        report.Line("### Storage after the load");
        report.Line();
        report.Table(["table", "rows", "heap MB", "indexes MB", "total MB per million responses"],
            tables.Select(t => (IReadOnlyList<string>)
                [t.Name, Report.Number(t.Rows), Mb(t.HeapBytes), Mb(t.IndexBytes), Mb((t.HeapBytes + t.IndexBytes) / millions)]));
    }
}
