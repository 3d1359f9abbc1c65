using Microsoft.Playwright;

namespace CxPortal.Bench;

/// <summary>
/// (d) The server's resident memory with K dashboard pages open at once, each its own Blazor Server
/// circuit, driven by Debian's headless Chromium through Playwright. Pages share one signed-in browser
/// context and stay open (connected circuits) while the server's VmRSS is read.
/// </summary>
public sealed class CircuitMemoryBenchmark(PortalProcess server, string? pagePath = null)
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const double TargetMbAt100 = 400;
    /// <summary>The journey dashboard (scorecard, stages, trend) over the dataset's last 90 days.</summary>
    public static readonly string DashboardPath =
        $"/journeys/{Dataset.JourneyCode(0)}?from={Dataset.LastDay.AddDays(-89):yyyy-MM-dd}&to={Dataset.LastDay:yyyy-MM-dd}";
    private string PagePath => pagePath ?? DashboardPath;

    private const string NewPassword = "bench-chosen-password-1";

    public sealed record Point(int Circuits, long ResidentBytes);

    public sealed record Result(string PagePath, long IdleBytes, IReadOnlyList<Point> Points);

    public async Task<Result> RunAsync(IReadOnlyList<int> counts, CancellationToken ct)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 720 },
        });
        var first = await context.NewPageAsync();
        try
        {
            await SignInAsync(first);
        }
        catch (TimeoutException e)
        {
            var shot = Path.Combine(Path.GetTempPath(), "cxportal-bench-sign-in.png");
            await first.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
            throw new InvalidOperationException($"Signing in stalled at {first.Url} (screenshot {shot}).", e);
        }
        foreach (var page in context.Pages.ToList())
        {
            await page.CloseAsync();
        }
        await SettleAsync(ct);
        var idle = server.ResidentBytes();
        Console.WriteLine($"   signed in, no circuit: {idle / 1048576.0:N0} MB");

        var pages = new List<IPage>();
        var points = new List<Point>();
        foreach (var k in counts)
        {
            // Opened a few at a time: a hundred at once would measure Chromium's start-up, not the server.
            while (pages.Count < k)
            {
                var open = Enumerable.Range(0, Math.Min(10, k - pages.Count)).Select(async _ =>
                {
                    var page = await context.NewPageAsync();
                    await page.GotoAsync(PagePath, new PageGotoOptions { Timeout = 120_000 });
                    await page.Locator("#circuit-ready").WaitForAsync(new LocatorWaitForOptions
                    {
                        State = WaitForSelectorState.Attached, Timeout = 120_000,
                    });
                    return page;
                }).ToList();
                pages.AddRange(await Task.WhenAll(open));
            }
            await SettleAsync(ct);
            var rss = server.ResidentBytes();
            points.Add(new Point(k, rss));
            Console.WriteLine($"   {k} circuits: {rss / 1048576.0:N0} MB");
        }
        await context.CloseAsync();
        return new Result(PagePath, idle, points);
    }

    /// <summary>The bootstrap admin must choose a new password at first sign-in; every page then shares the cookie.</summary>
    private async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail").FillAsync(PortalProcess.AdminEmail);
        await page.GetByLabel("Password").FillAsync(PortalProcess.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        if (page.Url.Contains("/account/change-password", StringComparison.Ordinal))
        {
            await page.GetByLabel("Current password").FillAsync(PortalProcess.AdminPassword);
            await page.GetByLabel("New password", new() { Exact = true }).FillAsync(NewPassword);
            await page.GetByLabel("New password again").FillAsync(NewPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/account/change-password", StringComparison.Ordinal));
        }
        await page.GotoAsync(DashboardPath);
        await page.Locator("#circuit-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>Lets rendering, SignalR buffers and a GC cycle settle before reading VmRSS.</summary>
    private static Task SettleAsync(CancellationToken ct) => Task.Delay(TimeSpan.FromSeconds(5), ct);

    public static void Write(Report report, Result r)
    {
        static string Mb(long bytes) => Report.Number(bytes / 1048576.0);
        report.Line($"### (d) Server memory with K dashboard circuits (`{r.PagePath}`, headless Chromium pages)");
        report.Line();
        report.Table(["circuits", "server VmRSS MB", "MB per circuit over idle"],
            r.Points.Select(p => (IReadOnlyList<string>)
                [Report.Number(p.Circuits), Mb(p.ResidentBytes), Report.Number((p.ResidentBytes - r.IdleBytes) / 1048576.0 / p.Circuits, 2)]));
        var last = r.Points[^1];
        report.Line($"Idle (signed in, no circuit) {Mb(r.IdleBytes)} MB; {last.Circuits} circuits {Mb(last.ResidentBytes)} MB " +
                    $"(target ≤ {TargetMbAt100} MB at 100: {Report.Verdict(last.Circuits >= 100 && last.ResidentBytes / 1048576.0 <= TargetMbAt100)}).");
        report.Line();
    }
}
