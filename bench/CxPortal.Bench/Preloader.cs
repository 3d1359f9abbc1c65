using System.Diagnostics;
using CxPortal.Data.Ingestion;
using CxPortal.Data.ScoreCounts;
using CxPortal.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CxPortal.Bench;

/// <summary>
/// Fills the bench database with the first rows of the dataset the way a restore does, so the
/// measured import runs against a database that already holds millions of responses: secondary
/// indexes and foreign keys of responses and response_segments dropped, rows copied in binary
/// (content hashes by the product's <see cref="ResponseContent"/>), indexes and keys rebuilt and
/// validated, then the count store rebuilt from the raw rows by the product's own
/// <see cref="ScoreCountVerifier.RebuildAsync"/>.
/// </summary>
public sealed class Preloader(BenchDatabase database)
{
    private static readonly string[] Tables = ["responses", "response_segments"];

    public async Task<TimeSpan> RunAsync(long rows, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var ids = await DatasetIds.LoadAsync(database, ct);
        await using var connection = await database.OpenAsync(ct);

        var indexes = await ReadPairsAsync(connection, $"""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.tablename IN ({List(Tables)}) AND NOT EXISTS (
                SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype IN ('p', 'u'))
            """, ct);
        var keys = await ReadPairsAsync(connection, $"""
            SELECT conrelid::regclass || '|' || conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE contype = 'f' AND conrelid::regclass::text IN ({List(Tables)})
            """, ct);
        foreach (var (table, name) in keys.Select(k => k.Name.Split('|')).Select(p => (p[0], p[1])))
        {
            await BenchDatabase.ExecuteAsync(connection, $"ALTER TABLE {table} DROP CONSTRAINT \"{name}\"", ct);
        }
        foreach (var (name, _) in indexes)
        {
            await BenchDatabase.ExecuteAsync(connection, $"DROP INDEX \"{name}\"", ct);
        }

        await CopyResponsesAsync(connection, ids, rows, ct);
        await CopySegmentsAsync(connection, ids, rows, ct);
        Console.WriteLine($"   copied {rows:N0} responses in {clock.Elapsed.TotalSeconds:N0} s; rebuilding indexes and keys");

        foreach (var (_, definition) in indexes)
        {
            await BenchDatabase.ExecuteAsync(connection, definition, ct);
        }
        foreach (var (qualified, definition) in keys)
        {
            var parts = qualified.Split('|');
            await BenchDatabase.ExecuteAsync(connection, $"ALTER TABLE {parts[0]} ADD CONSTRAINT \"{parts[1]}\" {definition}", ct);
        }
        await BenchDatabase.ExecuteAsync(connection,
            $"SELECT setval(pg_get_serial_sequence('responses', 'id'), {Math.Max(rows, 1)})", ct);

        Console.WriteLine($"   rebuilding the count store ({clock.Elapsed.TotalSeconds:N0} s so far)");
        await new ScoreCountVerifier(database.Contexts).RebuildAsync(ct);
        await BenchDatabase.ExecuteAsync(connection, "VACUUM ANALYZE responses, response_segments, score_counts, segment_score_counts", ct);
        return clock.Elapsed;
    }

    private static async Task CopyResponsesAsync(NpgsqlConnection connection, DatasetIds ids, long rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync("""
            COPY responses (id, external_id, touchpoint_id, journey_id, scale_id, score, responded_at, day,
                            respondent_id, comment, content_hash) FROM STDIN (FORMAT BINARY)
            """, ct);
        for (long i = 0; i < rows; i++)
        {
            var staged = ids.Staged(Dataset.Row(i), i + 1);
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(i + 1, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(staged.ExternalId, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, staged.SubjectKind == SubjectKind.Touchpoint ? staged.SubjectId : null, ct);
            await WriteNullableAsync(copy, staged.SubjectKind == SubjectKind.Journey ? staged.SubjectId : null, ct);
            await copy.WriteAsync(staged.ScaleId, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(staged.Score, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(staged.RespondedAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(staged.Day, NpgsqlDbType.Date, ct);
            await WriteNullableAsync(copy, staged.RespondentId, ct);
            await WriteNullableAsync(copy, staged.Comment, ct);
            await copy.WriteAsync(ResponseContent.Hash(staged), NpgsqlDbType.Bigint, ct);
        }
        await copy.CompleteAsync(ct);
    }

    private static async Task CopySegmentsAsync(NpgsqlConnection connection, DatasetIds ids, long rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY response_segments (response_id, dimension_id, segment_value_id) FROM STDIN (FORMAT BINARY)", ct);
        for (long i = 0; i < rows; i++)
        {
            foreach (var segment in ids.Segments(Dataset.Row(i)))
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(i + 1, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(segment.DimensionId, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(segment.SegmentValueId, NpgsqlDbType.Integer, ct);
            }
        }
        await copy.CompleteAsync(ct);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, int? value, CancellationToken ct) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Integer, ct) : copy.WriteNullAsync(ct);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, NpgsqlDbType.Varchar, ct);

    private static string List(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));

    private static async Task<List<(string Name, string Definition)>> ReadPairsAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var pairs = new List<(string, string)>();
        while (await reader.ReadAsync(ct))
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }
        return pairs;
    }
}

/// <summary>The database ids of the dataset's touchpoints, journeys, scales and segment values.</summary>
public sealed class DatasetIds
{
    private int[] _touchpoints = [];
    private int[] _journeys = [];
    private Dictionary<string, int> _scales = [];
    private (int Dimension, int[] Values)[] _dimensions = [];

    public static async Task<DatasetIds> LoadAsync(BenchDatabase database, CancellationToken ct)
    {
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var touchpoints = await db.Touchpoints.ToDictionaryAsync(t => t.Code, t => t.Id, ct);
        var journeys = await db.Journeys.ToDictionaryAsync(j => j.Code, j => j.Id, ct);
        var dimensions = await db.SegmentDimensions.Include(d => d.Values).ToDictionaryAsync(d => d.Code, ct);
        return new DatasetIds
        {
            _touchpoints = Enumerable.Range(0, Dataset.TouchpointCount).Select(t => touchpoints[Dataset.TouchpointCode(t)]).ToArray(),
            _journeys = Enumerable.Range(0, Dataset.JourneyCount).Select(j => journeys[Dataset.JourneyCode(j)]).ToArray(),
            _scales = await db.SurveyScales.ToDictionaryAsync(s => s.Code, s => s.Id, ct),
            _dimensions = Dataset.Dimensions.Select(d => (dimensions[d.Code].Id,
                d.Values.Select(v => dimensions[d.Code].Values.Single(x => x.Value == v).Id).ToArray())).ToArray(),
        };
    }

    public IReadOnlyList<SegmentRef> Segments(DatasetRow r) =>
        _dimensions.Select((d, i) => new SegmentRef(d.Dimension, d.Values[r.Segments[i]])).ToList();

    /// <summary>The row as the product's import would stage it.</summary>
    public StagedResponse Staged(DatasetRow r, long line) => new(
        line, r.Id,
        r.Touchpoint >= 0 ? SubjectKind.Touchpoint : SubjectKind.Journey,
        r.Touchpoint >= 0 ? _touchpoints[r.Touchpoint] : _journeys[r.Journey],
        _scales[r.Scale], r.Score, r.RespondedAt, r.Respondent, r.Comment, Segments(r));
}
