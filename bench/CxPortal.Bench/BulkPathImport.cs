using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using CxPortal.Data;
using CxPortal.Data.Ingestion;
using CxPortal.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Bench;

/// <summary>
/// The product's bulk write path driven directly: the CSV is read, codes resolved to ids, and every row
/// goes through one <see cref="ResponseBatch"/> (binary COPY into staging, one set-based merge into
/// responses, segments and the count store, one commit). Times each phase, for profiling the import.
/// </summary>
public sealed class BulkPathImport(BenchDatabase database)
{
    public sealed record Phases(long Accepted, TimeSpan Stage, TimeSpan Merge, TimeSpan Commit);

    public async Task<Phases> RunAsync(string csvPath, CancellationToken ct)
    {
        await using var db = await database.Contexts.CreateDbContextAsync(ct);
        var touchpoints = await db.Touchpoints.ToDictionaryAsync(t => t.Code, t => t.Id, ct);
        var journeys = await db.Journeys.ToDictionaryAsync(j => j.Code, j => j.Id, ct);
        var scales = await db.SurveyScales.ToDictionaryAsync(s => s.Code, s => s.Id, ct);
        var dimensions = await db.SegmentDimensions.ToDictionaryAsync(d => d.Code, d => d.Id, ct);
        var segmentValues = new SegmentValueResolver(db);

        var clock = Stopwatch.StartNew();
        await using var batch = await ResponseBatch.BeginAsync(db, ct);
        await using var file = File.OpenRead(csvPath);
        using var csv = CsvReader.Create(file, CsvReaderOptions.Default, true);
        csv.ReadHeader();
        int Column(string name) => csv.TryGetFieldIndex(name, out var index) ? index : throw new InvalidOperationException($"no column {name}");
        var (idColumn, touchpointColumn, journeyColumn, scaleColumn, scoreColumn, atColumn, respondentColumn, commentColumn) =
            (Column("id"), Column("touchpoint"), Column("journey"), Column("scale"), Column("score"), Column("respondedAt"),
             Column("respondent"), Column("comment"));
        var dimensionColumns = Dataset.Dimensions.Select(d => (Column: Column(d.Code), Id: dimensions[d.Code])).ToArray();
        long line = 1;
        while (csv.Read())
        {
            line++;
            var touchpoint = csv.GetString(touchpointColumn);
            var segments = new List<SegmentRef>(dimensionColumns.Length);
            foreach (var (column, id) in dimensionColumns)
            {
                segments.Add(new SegmentRef(id, await segmentValues.ResolveAsync(id, csv.GetString(column), ct)));
            }
            var respondent = csv.GetString(respondentColumn);
            var comment = csv.GetString(commentColumn);
            await batch.AddAsync(new StagedResponse(
                line,
                csv.GetString(idColumn),
                touchpoint.Length == 0 ? SubjectKind.Journey : SubjectKind.Touchpoint,
                touchpoint.Length == 0 ? journeys[csv.GetString(journeyColumn)] : touchpoints[touchpoint],
                scales[csv.GetString(scaleColumn)],
                int.Parse(csv.GetString(scoreColumn), CultureInfo.InvariantCulture),
                DateTime.Parse(csv.GetString(atColumn), CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                respondent.Length == 0 ? null : respondent,
                comment.Length == 0 ? null : comment,
                segments), ct);
        }
        var staged = clock.Elapsed;
        var result = await batch.MergeAsync(ct);
        var merged = clock.Elapsed;
        if (result.HasConflicts)
        {
            throw new InvalidOperationException($"The dataset conflicts with stored rows: {result.Problems[0].Message}");
        }
        await batch.CommitAsync(ct);
        return new Phases(result.Accepted, staged, merged - staged, clock.Elapsed - merged);
    }
}
