using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CxPortal.Browser.Tests;

/// <summary>
/// The real server as a child process (the build output of CxPortal.Web), on a free loopback port,
/// with a fresh SQLite file and demo data: what a person gets from the README's run command.
/// </summary>
public sealed class PortalServer : IAsyncLifetime
{
    private readonly StringBuilder _log = new();
    private Process? _process;
    private string? _dataDirectory;

    /// <summary>An admin-scoped key the tests use to arrange data through the API.</summary>
    public const string AdminApiKey = "browser-tests-admin-key-0123456789";

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client of the running server authenticated with <see cref="AdminApiKey"/>.</summary>
    public HttpClient AdminApi()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminApiKey);
        return client;
    }
    public string Log { get { lock (_log) { return _log.ToString(); } } }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public ValueTask InitializeAsync()
    {
        _dataDirectory = Directory.CreateTempSubdirectory("cxportal-browser-").FullName;
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        return new ValueTask(StartAsync());
    }

    /// <summary>Stops the process and starts a new one on the same database and port.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        Append($"--- restart at {DateTime.UtcNow:HH:mm:ss} ---");
        await StartAsync();
    }

    private async Task StartAsync()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Configuration>/net10.0
        var webProject = Path.Combine(RepositoryRoot, "src", "CxPortal.Web");
        var dll = Path.Combine(webProject, "bin", configuration, "net10.0", "CxPortal.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the solution first: {dll} is missing.");
        }
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", BaseAddress.ToString().TrimEnd('/')])
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={Path.Combine(_dataDirectory!, "cxportal.db")}";
        start.Environment["Demo__Seed"] = "true";
        start.Environment["Bootstrap__ApiKey"] = AdminApiKey;
        // Many sign-ins from one address in a minute are the tests, not an attack.
        start.Environment["RateLimits__LoginPerMinute"] = "1000";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // A short timeout per poll, so one stalled request cannot use up the whole wait; a generous
        // deadline, because CI builds and the web tests share the two cores with this start.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{Log}");
            }
            try
            {
                if ((await http.GetAsync(new Uri(BaseAddress, "/readyz"))).StatusCode == HttpStatusCode.OK)
                {
                    await WarmUpAsync();
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The server did not become ready:\n{Log}");
    }

    /// <summary>
    /// Renders the sign-in page once with a long timeout, so the first page a test opens does not pay
    /// for compiling the page pipeline within the browser's 30-second navigation timeout.
    /// </summary>
    private async Task WarmUpAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };
        (await http.GetAsync(new Uri(BaseAddress, "/account/login"))).EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_dataDirectory is not null)
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CxPortal.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("CxPortal.sln not found above the test output.");
    }
}
