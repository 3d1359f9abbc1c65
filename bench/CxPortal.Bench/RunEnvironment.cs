using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace CxPortal.Bench;

/// <summary>What the figures were measured on: machine, database settings, commit, and the load other processes put on it.</summary>
public static class RunEnvironment
{
    public static string Cpu() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    public static string MemoryGb() =>
        File.Exists("/proc/meminfo")
            ? (long.Parse(File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0 / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " GB"
            : "? GB";

    /// <summary>The 1-minute load average: above the core count means other work competed for the CPU.</summary>
    public static double LoadAverage() =>
        File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) : double.NaN;

    public static async Task<string> PostgresAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var settings = new List<string>();
        foreach (var name in new[] { "server_version", "shared_buffers", "work_mem", "max_wal_size", "synchronous_commit", "fsync" })
        {
            settings.Add($"{name}={await BenchDatabase.ScalarAsync<string>(connection, $"SHOW {name}", ct)}");
        }
        return string.Join(", ", settings);
    }

    public static string Commit(string repositoryRoot)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", $"-C \"{repositoryRoot}\" rev-parse --short HEAD")
            {
                RedirectStandardOutput = true, UseShellExecute = false,
            })!;
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return commit;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
