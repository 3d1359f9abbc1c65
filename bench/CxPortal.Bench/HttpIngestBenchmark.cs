using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace CxPortal.Bench;

/// <summary>
/// (c) <c>POST /api/responses</c> against the running server: batches of 500 from a few concurrent
/// clients (closed loop, bounded), and single responses at a fixed rate (open loop: each request's
/// latency counts from when it was due, so a stalled server cannot hide its queue).
/// Rows are new ones continuing the dataset past its last row.
/// </summary>
public sealed class HttpIngestBenchmark(PortalProcess server, long firstRow)
{
    public const int BatchSize = 500;
    public const double TargetBatchedPerSecond = 20_000;
    public const double TargetSingleP99 = 50;
    public const int SinglesPerSecond = 200;
    /// <summary>The generator's bound: a server that falls behind gets at most this many requests at once; the rest wait (and their wait counts).</summary>
    public const int MaxInFlight = 100;
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(30);

    public sealed record Result(int Clients, int Batches, TimeSpan BatchElapsed, Latency BatchLatency, int Singles, TimeSpan SingleElapsed, Latency SingleLatency)
    {
        public double BatchedPerSecond => Batches * BatchSize / BatchElapsed.TotalSeconds;
        public double SinglesAchievedPerSecond => Singles / SingleElapsed.TotalSeconds;
    }

    public async Task<Result> RunAsync(int batches, int concurrency, TimeSpan singleDuration, CancellationToken ct)
    {
        using var client = server.Client(maxConnections: 64);
        var next = firstRow;

        // Warm-up to steady state: a fresh process runs its code unoptimised and instrumented until
        // tiered compilation has caught up (tens of seconds under load on two cores), and each pooled
        // connection prepares the merge on its fifth use. A server that runs for days is measured
        // after that, not during it.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < WarmUp)
        {
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(c =>
                PostAsync(client, Items(next + (long)c * BatchSize, c == 0 ? BatchSize : 1), ct)));
            next += (long)concurrency * BatchSize;
        }

        var batchTimes = new List<double>(batches);
        var batchClock = Stopwatch.StartNew();
        var sent = -1;
        var batchStart = next;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int mine;
            while ((mine = Interlocked.Increment(ref sent)) < batches)
            {
                var clock = Stopwatch.StartNew();
                await PostAsync(client, Items(batchStart + (long)mine * BatchSize, BatchSize), ct);
                lock (batchTimes)
                {
                    batchTimes.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }));
        var batchElapsed = batchClock.Elapsed;
        next = batchStart + (long)batches * BatchSize;
        Console.WriteLine($"   {batches} batches of {BatchSize}: {batches * BatchSize / batchElapsed.TotalSeconds:N0} responses/s");

        var singles = (int)(singleDuration.TotalSeconds * SinglesPerSecond);
        var singleTimes = new double[singles];
        var interval = TimeSpan.FromSeconds(1.0 / SinglesPerSecond);
        var singleWallStart = DateTime.UtcNow;
        var singleClock = Stopwatch.StartNew();
        var tasks = new List<Task>(singles);
        using var inFlight = new SemaphoreSlim(MaxInFlight);
        for (var i = 0; i < singles; i++)
        {
            var due = interval * i;
            var wait = due - singleClock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }
            var index = i;
            var row = next + i;
            await inFlight.WaitAsync(ct);
            tasks.Add(Task.Run(async () =>
            {
                try
                {
                    await PostAsync(client, Items(row, 1), ct);
                    singleTimes[index] = (singleClock.Elapsed - due).TotalMilliseconds;
                }
                finally
                {
                    inFlight.Release();
                }
            }, ct));
        }
        await Task.WhenAll(tasks);
        var singleElapsed = singleClock.Elapsed;
        var result = new Result(concurrency, batches, batchElapsed, new Latency(batchTimes), singles, singleElapsed, new Latency(singleTimes));
        Console.WriteLine($"   {singles} single posts at {SinglesPerSecond}/s: p50 {result.SingleLatency.P50:N1} ms, p99 {result.SingleLatency.P99:N1} ms");
        // When the slow ones were due (wall clock), to line them up with the server's and PostgreSQL's logs.
        var slow = Enumerable.Range(0, singles).Where(i => singleTimes[i] > 100).ToList();
        if (slow.Count > 0)
        {
            Console.WriteLine($"   {slow.Count} single posts over 100 ms, due between " +
                $"{singleWallStart + interval * slow[0]:HH:mm:ss.fff} and {singleWallStart + interval * slow[^1]:HH:mm:ss.fff} UTC " +
                $"(slowest {singleTimes.Max():N0} ms, due {singleWallStart + interval * Array.IndexOf(singleTimes, singleTimes.Max()):HH:mm:ss.fff})");
        }
        return result;
    }

    private static async Task PostAsync(HttpClient client, List<ResponseItem> items, CancellationToken ct)
    {
        using var response = await client.PostAsJsonAsync("/api/responses", new { responses = items }, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"POST /api/responses answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }
    }

    private static List<ResponseItem> Items(long first, int count) =>
        Enumerable.Range(0, count).Select(i => ResponseItem.From(Dataset.Row(first + i))).ToList();

    public static void Write(Report report, Result r)
    {
        report.Line("### (c) HTTP ingestion, `POST /api/responses` on 127.0.0.1");
        report.Line();
        report.Table(["load", "requests", "responses/s", "p50 ms", "p99 ms"],
        [
            [$"batches of {BatchSize}, closed loop, {r.Clients} clients", Report.Number(r.Batches), Report.Number(r.BatchedPerSecond),
             Report.Ms(r.BatchLatency.P50), Report.Ms(r.BatchLatency.P99)],
            [$"single responses, open loop at {SinglesPerSecond}/s (≤ {MaxInFlight} in flight)", Report.Number(r.Singles), Report.Number(r.SinglesAchievedPerSecond),
             Report.Ms(r.SingleLatency.P50), Report.Ms(r.SingleLatency.P99)],
        ]);
        report.Line($"Batched {Report.Number(r.BatchedPerSecond)} responses/s (target ≥ {Report.Number(TargetBatchedPerSecond)}: " +
                    $"{Report.Verdict(r.BatchedPerSecond >= TargetBatchedPerSecond)}); single-post p99 {Report.Ms(r.SingleLatency.P99)} ms " +
                    $"(target ≤ {TargetSingleP99} ms: {Report.Verdict(r.SingleLatency.P99 <= TargetSingleP99)}). " +
                    "Single-post latency counts from the moment the request was due.");
        report.Line();
    }

    /// <summary>One item of the request body (http-api.md, "Responses").</summary>
    private sealed record ResponseItem(
        string Id,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Touchpoint,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Journey,
        string Scale,
        int Score,
        DateTime RespondedAt,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Respondent,
        Dictionary<string, string> Segments,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Comment)
    {
        public static ResponseItem From(DatasetRow r) => new(
            "h" + r.Id,
            r.Touchpoint >= 0 ? Dataset.TouchpointCode(r.Touchpoint) : null,
            r.Journey >= 0 ? Dataset.JourneyCode(r.Journey) : null,
            r.Scale, r.Score, r.RespondedAt, r.Respondent,
            Dataset.Dimensions.Select((d, i) => (d.Code, Value: d.Values[r.Segments[i]])).ToDictionary(x => x.Code, x => x.Value),
            r.Comment);
    }
}
