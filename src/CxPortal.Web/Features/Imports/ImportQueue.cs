using System.Collections.Concurrent;
using System.Threading.Channels;

namespace CxPortal.Web.Features.Imports;

/// <summary>The jobs waiting for this process's import workers, and those running in it.</summary>
public sealed class ImportQueue
{
    private readonly Channel<Guid> _waiting = Channel.CreateUnbounded<Guid>();

    public ConcurrentDictionary<Guid, RunningImport> Running { get; } = new();

    public void Enqueue(Guid id) => _waiting.Writer.TryWrite(id);

    public IAsyncEnumerable<Guid> WaitingAsync(CancellationToken ct) => _waiting.Reader.ReadAllAsync(ct);
}
