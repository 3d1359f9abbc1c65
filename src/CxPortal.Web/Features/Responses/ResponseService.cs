using CxPortal.Data;
using CxPortal.Data.Ingestion;
using CxPortal.Web.Features.Imports;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Responses;

/// <summary>
/// Stores a batch of responses all-or-nothing: every item is checked before anything is written,
/// then the batch goes through the one write path (a set-based merge into responses and the count
/// store, one transaction). A re-sent id with the same content counts as a duplicate.
/// </summary>
public sealed class ResponseService(IDbContextFactory<CxPortalDbContext> contexts, TimeProvider clock)
{
    public const int MaxBatch = 5_000;

    public async Task<ResponseIngestResult> IngestAsync(IReadOnlyList<ResponseInput> inputs, CancellationToken ct = default)
    {
        if (inputs.Count > MaxBatch)
        {
            return new ResponseIngestResult(ResponseIngestOutcome.TooLarge, 0, 0,
                [new ItemError(MaxBatch, "", $"The batch has {inputs.Count:N0} responses; send at most {MaxBatch:N0} per request.")]);
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var checker = new ResponseChecker(await IngestionLookups.LoadAsync(db, ct), clock.GetUtcNow().UtcDateTime);
        var errors = new List<ItemError>();
        var checkedItems = new List<CheckedResponse?>(inputs.Count);
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var item = checker.Check(inputs[i], i, errors);
            checkedItems.Add(item);
            if (item is not null && !firstIndex.TryAdd(item.ExternalId, i))
            {
                errors.Add(new ItemError(i, "id", $"id '{item.ExternalId}' is repeated; it is first given at index {firstIndex[item.ExternalId]}."));
            }
        }
        if (errors.Count > 0)
        {
            return new ResponseIngestResult(ResponseIngestOutcome.Invalid, 0, 0, errors);
        }

        // New segment values are created inside the same transaction: a refused batch leaves none behind.
        await db.Database.OpenConnectionAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var segments = new SegmentValueResolver(db);
        await segments.PrimeAsync(checkedItems.SelectMany(item => item!.Segments), ct);
        var staged = new List<StagedResponse>(checkedItems.Count);
        for (var i = 0; i < checkedItems.Count; i++)
        {
            staged.Add(await checkedItems[i]!.StageAsync(i, segments, ct));
        }
        var merge = await ResponseWriter.MergeAsync(db, staged, ct);
        if (merge.HasConflicts)
        {
            return new ResponseIngestResult(ResponseIngestOutcome.Conflict, 0, 0,
                merge.Problems.Select(p => new ItemError(p.Line, p.Field, p.Message)).ToList());
        }
        await transaction.CommitAsync(ct);
        return new ResponseIngestResult(ResponseIngestOutcome.Stored, merge.Accepted, merge.Duplicates, []);
    }
}
