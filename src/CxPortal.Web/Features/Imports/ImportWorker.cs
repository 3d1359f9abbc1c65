namespace CxPortal.Web.Features.Imports;

/// <summary>
/// Runs the import jobs of this process in the background, a few at once. At start-up it first marks
/// the jobs a previous process left running as interrupted (their transactions never committed) and
/// picks up the queued ones whose upload is still on disk.
/// </summary>
public sealed class ImportWorker(IServiceProvider services, ImportQueue queue, IConfiguration configuration) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            foreach (var id in await scope.ServiceProvider.GetRequiredService<ImportJobs>().RecoverAsync(stoppingToken))
            {
                queue.Enqueue(id);
            }
        }
        var workers = Math.Max(1, configuration.GetValue("Imports:Workers", 2));
        await Parallel.ForEachAsync(queue.WaitingAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = stoppingToken },
            async (id, ct) =>
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ImportJobRunner>().RunAsync(id, ct);
            });
    }
}
