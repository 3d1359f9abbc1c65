using Npgsql;
using NpgsqlTypes;

namespace CxPortal.Bench;

/// <summary>
/// The yardstick for the score reads: the same figures computed by one SQL aggregate straight over
/// the responses table (through its subject/day indexes), as a system without a count store would.
/// Each returns n and the mean normalised score per group, which the benchmark checks against the product.
/// </summary>
public sealed class RawAggregates(NpgsqlConnection connection)
{
    public sealed record Group(string Key, long N, double Mean10);

    private const string Figures = """
        COUNT(*) AS n, AVG(10.0 * (r.score - s.min) / (s.max - s.min))::float8 AS mean10,
        AVG(CASE WHEN r.score >= s.satisfied_min THEN 1.0 ELSE 0 END)::float8 AS satisfied,
        AVG(CASE WHEN s.kind = 'nps' AND r.score >= 9 THEN 1.0 WHEN s.kind = 'nps' AND r.score <= 6 THEN -1.0 ELSE 0 END)::float8 AS nps
        """;

    private static string SegmentCondition(int? segmentValueId) => segmentValueId is null ? "" : """
        AND EXISTS (SELECT 1 FROM response_segments g
                    WHERE g.response_id = r.id AND g.dimension_id = @dimension AND g.segment_value_id = @value)
        """;

    /// <summary>Per subject of the journey ("t{id}" or "j{id}") and window ("now" / "before").</summary>
    public Task<List<Group>> ScorecardAsync(int journeyId, int[] touchpointIds, DateOnly from, DateOnly to,
        DateOnly previousFrom, int? dimensionId, int? segmentValueId, CancellationToken ct) =>
        ReadAsync($"""
            SELECT CASE WHEN r.touchpoint_id IS NULL THEN 'j' || r.journey_id ELSE 't' || r.touchpoint_id END
                   || CASE WHEN r.day >= @from THEN ':now' ELSE ':before' END, {Figures}
            FROM responses r JOIN survey_scales s ON s.id = r.scale_id
            WHERE (r.touchpoint_id = ANY(@touchpoints) OR r.journey_id = @journey)
              AND r.day BETWEEN @previous_from AND @to {SegmentCondition(segmentValueId)}
            GROUP BY 1
            """, ct, ("journey", journeyId), ("touchpoints", touchpointIds), ("from", from), ("to", to),
            ("previous_from", previousFrom), ("dimension", dimensionId ?? 0), ("value", segmentValueId ?? 0));

    /// <summary>Per week of the window (the first clipped to the window's start, as the product labels it), and the previous window.</summary>
    public Task<List<Group>> TrendAsync(int touchpointId, DateOnly from, DateOnly to, DateOnly previousFrom, CancellationToken ct) =>
        ReadAsync($"""
            SELECT CASE WHEN r.day < @from THEN 'before'
                        ELSE to_char(GREATEST(date_trunc('week', r.day)::date, @from), 'YYYY-MM-DD') END, {Figures}
            FROM responses r JOIN survey_scales s ON s.id = r.scale_id
            WHERE r.touchpoint_id = @touchpoint AND r.day BETWEEN @previous_from AND @to
            GROUP BY 1
            """, ct, ("touchpoint", touchpointId), ("from", from), ("to", to), ("previous_from", previousFrom));

    /// <summary>Per value of the dimension and subject of the journey ("{valueId}:t{id}").</summary>
    public Task<List<Group>> ComparisonAsync(int journeyId, int[] touchpointIds, int dimensionId, DateOnly from, DateOnly to,
        CancellationToken ct) =>
        ReadAsync($"""
            SELECT g.segment_value_id || ':' || CASE WHEN r.touchpoint_id IS NULL THEN 'j' || r.journey_id ELSE 't' || r.touchpoint_id END,
                   {Figures}
            FROM responses r JOIN survey_scales s ON s.id = r.scale_id
                 JOIN response_segments g ON g.response_id = r.id AND g.dimension_id = @dimension
            WHERE (r.touchpoint_id = ANY(@touchpoints) OR r.journey_id = @journey) AND r.day BETWEEN @from AND @to
            GROUP BY 1
            """, ct, ("journey", journeyId), ("touchpoints", touchpointIds), ("dimension", dimensionId), ("from", from), ("to", to));

    private async Task<List<Group>> ReadAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(value is DateOnly
                ? new NpgsqlParameter(name, NpgsqlDbType.Date) { Value = value }
                : new NpgsqlParameter(name, value));
        }
        var groups = new List<Group>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            groups.Add(new Group(reader.GetString(0), reader.GetInt64(1), reader.GetDouble(2)));
        }
        return groups;
    }
}
