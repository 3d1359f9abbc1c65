using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CxPortal.Bench;

/// <summary>
/// The real server (the Release build of CxPortal.Web) as a child process on 127.0.0.1, on the bench
/// database, without demo data, with a known admin API key and account and the ingestion rate limit
/// raised out of the way of the load generator.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    public const string ApiKey = "bench-admin-key-0123456789abcdef";
    public const string AdminEmail = "bench-admin@bench.cxportal";
    public const string AdminPassword = "bench-first-password";

    private readonly StringBuilder _log = new();
    private readonly Process _process;

    private PortalProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public static async Task<PortalProcess> StartAsync(string repositoryRoot, string connectionString, CancellationToken ct)
    {
        var webProject = Path.Combine(repositoryRoot, "src", "CxPortal.Web");
        var dll = Path.Combine(webProject, "bin", "Release", "net10.0", "CxPortal.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build first (dotnet build bench/CxPortal.Bench -c Release): {dll} is missing.");
        }
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__Postgres"] = connectionString;
        start.Environment["Demo__Seed"] = "false";
        start.Environment["Bootstrap__ApiKey"] = ApiKey;
        start.Environment["Bootstrap__AdminEmail"] = AdminEmail;
        start.Environment["Bootstrap__AdminPassword"] = AdminPassword;
        start.Environment["RateLimits__IngestPerSecond"] = "1000000";
        start.Environment["RateLimits__LoginPerMinute"] = "1000";
        // Request logs at Information would measure the console, not the server.
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        var portal = new PortalProcess(process, address);
        process.OutputDataReceived += (_, e) => portal.Append(e.Data);
        process.ErrorDataReceived += (_, e) => portal.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await portal.WaitUntilReadyAsync(ct);
        return portal;
    }

    /// <summary>VmRSS of the server process: the memory it holds in RAM right now.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    public HttpClient Client(int maxConnections)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = maxConnections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    public string Log()
    {
        lock (_log)
        {
            return _log.ToString();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{Log()}");
            }
            try
            {
                if ((await http.GetAsync(new Uri(BaseAddress, "/readyz"), ct)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250, ct);
        }
        throw new TimeoutException($"The server did not become ready:\n{Log()}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            if (_log.Length < 1_000_000)
            {
                _log.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
