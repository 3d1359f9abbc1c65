namespace CxPortal.Data.Ingestion;

/// <summary>
/// The SQL of the set-based merge, written once for its two callers: the staging path (temporary
/// tables, both providers, imports) and the array path (common table expressions, PostgreSQL, API
/// batches). <c>rows</c> has the staging columns (seq, external_id, subject_kind, …); <c>stored</c>
/// is those of its rows that were inserted, with their <c>response_id</c>; <c>segments</c> has
/// (seq, dimension_id, segment_value_id).
/// </summary>
internal static class MergeSql
{
    public const string ResponseColumns =
        "external_id, touchpoint_id, journey_id, scale_id, score, responded_at, day, respondent_id, comment, content_hash";

    /// <summary>The values of <see cref="ResponseColumns"/> from staged rows, in input order.</summary>
    public static string SelectResponses(string rows) => $"""
        SELECT external_id,
               CASE WHEN subject_kind = 0 THEN subject_id END,
               CASE WHEN subject_kind = 1 THEN subject_id END,
               scale_id, score, responded_at, day, respondent_id, comment, content_hash
        FROM {rows} WHERE true ORDER BY seq
        """;

    public static string InsertSegments(string stored, string segments) => $"""
        INSERT INTO response_segments (response_id, dimension_id, segment_value_id)
        SELECT s.response_id, g.dimension_id, g.segment_value_id
        FROM {segments} g JOIN {stored} s ON s.seq = g.seq
        """;

    // "WHERE true" in every SELECT that feeds an upsert: SQLite would otherwise read ON CONFLICT as
    // a join's ON clause. The count upserts add this batch's counts, ordered by key so that concurrent batches lock
    // count rows in the same order (no deadlocks).
    public static string UpsertScoreCounts(string stored) => $"""
        INSERT INTO score_counts (subject_kind, subject_id, day, scale_id, score, count)
        SELECT subject_kind, subject_id, day, scale_id, score, COUNT(*)
        FROM {stored} s WHERE true
        GROUP BY subject_kind, subject_id, day, scale_id, score
        ORDER BY subject_kind, subject_id, day, scale_id, score
        ON CONFLICT (subject_kind, subject_id, day, scale_id, score)
        DO UPDATE SET count = score_counts.count + excluded.count
        """;

    public static string UpsertSegmentScoreCounts(string stored, string segments) => $"""
        INSERT INTO segment_score_counts (subject_kind, subject_id, segment_value_id, day, scale_id, score, count)
        SELECT s.subject_kind, s.subject_id, g.segment_value_id, s.day, s.scale_id, s.score, COUNT(*)
        FROM {stored} s JOIN {segments} g ON g.seq = s.seq WHERE true
        GROUP BY s.subject_kind, s.subject_id, g.segment_value_id, s.day, s.scale_id, s.score
        ORDER BY s.subject_kind, s.subject_id, g.segment_value_id, s.day, s.scale_id, s.score
        ON CONFLICT (subject_kind, subject_id, segment_value_id, day, scale_id, score)
        DO UPDATE SET count = segment_score_counts.count + excluded.count
        """;
}
