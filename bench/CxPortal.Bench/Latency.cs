using System.Diagnostics;

namespace CxPortal.Bench;

/// <summary>Latencies of repeated runs of one operation, after warm-up runs that are not counted.</summary>
public sealed class Latency(IReadOnlyList<double> milliseconds)
{
    public IReadOnlyList<double> Milliseconds { get; } = milliseconds.Order().ToList();

    public double P50 => Percentile(50);
    public double P95 => Percentile(95);
    public double P99 => Percentile(99);

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(double p) =>
        Milliseconds.Count == 0 ? double.NaN : Milliseconds[Math.Clamp((int)Math.Ceiling(p / 100 * Milliseconds.Count) - 1, 0, Milliseconds.Count - 1)];

    public static async Task<Latency> MeasureAsync(Func<Task> operation, int warmups, int runs)
    {
        for (var i = 0; i < warmups; i++)
        {
            await operation();
        }
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await operation();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return new Latency(times);
    }
}
