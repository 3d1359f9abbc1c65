using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CxPortal.Data.Ingestion;

/// <summary>
/// One all-or-nothing write of responses: rows are staged in a temporary table (binary COPY on
/// PostgreSQL, prepared inserts on SQLite), then merged set-based into responses, their segments
/// and the count store in the same transaction. Nothing is visible until <see cref="CommitAsync"/>;
/// disposing without committing rolls everything back (dry runs, rejected imports, killed jobs).
/// </summary>
public sealed class ResponseBatch : IAsyncDisposable
{
    private const int FlushEvery = 20_000;

    private readonly CxPortalDbContext _db;
    private readonly IDbContextTransaction _transaction;
    private readonly StagingTables _staging;
    private readonly List<StagedResponse> _buffer = new(FlushEvery);
    /// <summary>False when the batch joined the caller's transaction: the caller commits or rolls back.</summary>
    private readonly bool _ownsTransaction;
    private long _loaded;
    private bool _committed;

    private ResponseBatch(CxPortalDbContext db, IDbContextTransaction transaction, StagingTables staging, bool ownsTransaction)
    {
        _db = db;
        _transaction = transaction;
        _staging = staging;
        _ownsTransaction = ownsTransaction;
    }

    public long Count { get; private set; }

    /// <summary>Begins a transaction, or joins the one the context already has open.</summary>
    public static async Task<ResponseBatch> BeginAsync(CxPortalDbContext db, CancellationToken ct = default)
    {
        var joined = db.Database.CurrentTransaction;
        if (joined is null)
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        // On SQLite this is BEGIN IMMEDIATE: the write lock is held from here, which the
        // SQLite merge relies on to tell its own inserted rows apart.
        var transaction = joined ?? await db.Database.BeginTransactionAsync(ct);
        var connection = db.Database.GetDbConnection();
        StagingTables staging = db.IsPostgres
            ? new PostgresStagingTables(connection)
            : new SqliteStagingTables(connection, transaction.GetDbTransaction());
        await staging.CreateAsync(ct);
        return new ResponseBatch(db, transaction, staging, ownsTransaction: joined is null);
    }

    public async Task AddAsync(StagedResponse response, CancellationToken ct = default)
    {
        _buffer.Add(response);
        Count++;
        if (_buffer.Count >= FlushEvery)
        {
            await FlushAsync(ct);
        }
    }

    public async Task AddRangeAsync(IEnumerable<StagedResponse> responses, CancellationToken ct = default)
    {
        foreach (var response in responses)
        {
            await AddAsync(response, ct);
        }
    }

    /// <summary>Moves the staged rows into the real tables (still uncommitted) and reports what happened.</summary>
    public async Task<MergeResult> MergeAsync(CancellationToken ct = default)
    {
        await FlushAsync(ct);
        var problems = await _staging.RemoveRepeatedIdsAsync(ct);
        var accepted = await _staging.InsertResponsesAsync(ct);
        var (duplicates, conflicts) = await _staging.ClassifyNotInsertedAsync(ct);
        problems.AddRange(conflicts);
        await _staging.InsertSegmentsAndCountsAsync(ct);
        problems.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (!_ownsTransaction)
        {
            // The caller's transaction goes on: leave no staging tables in it.
            await _staging.DropAsync(ct);
        }
        return new MergeResult(accepted, duplicates, problems);
    }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        if (!_ownsTransaction)
        {
            throw new InvalidOperationException("This batch joined the caller's transaction; the caller commits it.");
        }
        await _staging.DropBeforeCommitAsync(ct);
        await _transaction.CommitAsync(ct);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_ownsTransaction)
        {
            return;
        }
        if (!_committed)
        {
            await _transaction.RollbackAsync();
        }
        await _transaction.DisposeAsync();
        await _db.Database.CloseConnectionAsync();
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        if (_buffer.Count == 0)
        {
            return;
        }
        await _staging.LoadAsync(_buffer, _loaded, ct);
        _loaded += _buffer.Count;
        _buffer.Clear();
    }

    internal static async Task<int> ExecuteAsync(DbConnection connection, string sql, CancellationToken ct,
        DbTransaction? transaction = null, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.CommandTimeout = 0;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
        return await command.ExecuteNonQueryAsync(ct);
    }
}
