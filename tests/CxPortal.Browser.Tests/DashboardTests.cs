using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CxPortal.Browser.Tests;

/// <summary>The CX manager's dashboards against the demo data: the launch journey's golden case, the filter in the URL, comments as text.</summary>
public class DashboardTests(PortalServer server, BrowserSession browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_cx_manager_opens_the_launch_journey_sees_store_and_stock_flagged_with_the_masking_alert_and_drills_into_the_store()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.CxManager);

        // The overview warns that the launch journey's index hides its critical touchpoints.
        var overviewAlert = page.GetByTestId("masking-alert").Filter(new() { HasText = "Product launch" });
        await Assertions.Expect(overviewAlert).ToBeVisibleAsync();
        var weakPoints = page.GetByTestId("weak-points");
        await Assertions.Expect(weakPoints.Locator("tr", new() { HasText = "Stock availability" }).GetByTestId("flag-critical")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "dashboard-overview");

        await page.GetByRole(AriaRole.Link, new() { Name = "Journeys", Exact = true }).ClickAsync();
        await page.GetByTestId("journey-link").Filter(new() { HasText = "Product launch" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/journeys/product-launch$"));
        await Assertions.Expect(page.GetByTestId("journey-index")).ToHaveTextAsync("6.8");
        await Assertions.Expect(page.GetByTestId("masking-alert")).ToBeVisibleAsync();
        var cards = page.GetByTestId("touchpoint-card");
        await Assertions.Expect(cards).ToHaveCountAsync(5);
        foreach (var (code, score) in new[] { ("electronics-store", "3.0"), ("stock-availability", "1.0") })
        {
            var card = page.Locator($"[data-testid=touchpoint-card][data-code={code}]");
            await Assertions.Expect(card.GetByTestId("touchpoint-score")).ToHaveTextAsync(score);
            await Assertions.Expect(card.GetByTestId("flag-critical")).ToBeVisibleAsync();
            await Assertions.Expect(card.GetByTestId("flag-lagging")).ToBeVisibleAsync();
        }
        foreach (var code in new[] { "innovation-news", "marketing-campaign", "product-purchase" })
        {
            var card = page.Locator($"[data-testid=touchpoint-card][data-code={code}]");
            await Assertions.Expect(card.GetByTestId("touchpoint-score")).ToHaveTextAsync("10.0");
            await Assertions.Expect(card.Locator("[data-testid^=flag-]")).ToHaveCountAsync(0);
        }
        await BrowserSession.ScreenshotAsync(page, "dashboard-journey-map");

        await page.Locator("[data-testid=touchpoint-card][data-code=electronics-store]").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/touchpoints/electronics-store/scores$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Electronics store visit" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("touchpoint-figures").GetByTestId("touchpoint-score")).ToHaveTextAsync("3.0");
        await Assertions.Expect(page.GetByTestId("touchpoint-figures").GetByTestId("flag-critical")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("distribution")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("comment").First).ToBeVisibleAsync();
        // A CX manager reads; only inventory editors get the measurement form.
        await Assertions.Expect(page.GetByTestId("measurement-form")).ToHaveCountAsync(0);
        await BrowserSession.ScreenshotAsync(page, "dashboard-touchpoint-store");
    }

    [Fact]
    public async Task The_filter_travels_in_the_url_from_page_to_page()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.CxManager);
        await BrowserSession.GotoInteractiveAsync(page, "/?from=2026-09-01&to=2026-09-30&segment=region:EMEA");

        var window = page.GetByTestId("filter-window");
        await Assertions.Expect(window).ToHaveTextAsync("1 Sep 2026 – 30 Sep 2026");
        await Assertions.Expect(page.GetByTestId("segment-chip")).ToHaveTextAsync(new Regex("EMEA"));

        // The journey card link, then a touchpoint on the map, then a view of the journey: the filter stays.
        await page.GetByTestId("journey-card").Filter(new() { HasText = "Product launch" }).GetByRole(AriaRole.Link, new() { Name = "Product launch" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/journeys/product-launch\?from=2026-09-01&to=2026-09-30&segment=region%3AEMEA$"));
        await Assertions.Expect(window).ToHaveTextAsync("1 Sep 2026 – 30 Sep 2026");
        await page.Locator("[data-testid=touchpoint-card][data-code=stock-availability]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/touchpoints/stock-availability/scores\?from=2026-09-01&to=2026-09-30&segment=region%3AEMEA$"));
        await Assertions.Expect(page.GetByTestId("segment-chip")).ToHaveTextAsync(new Regex("EMEA"));
        await page.GoBackAsync();
        await page.GetByTestId("journey-links").GetByRole(AriaRole.Link, new() { Name = "Compare segments" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/journeys/product-launch/compare\?from=2026-09-01&to=2026-09-30&segment=region%3AEMEA$"));
        await Assertions.Expect(page.GetByTestId("compare-heatmap")).ToBeVisibleAsync();
        await Assertions.Expect(window).ToHaveTextAsync("1 Sep 2026 – 30 Sep 2026");

        // Choosing a period rewrites the URL; the segment stays.
        await page.GetByTestId("period-select").ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("Last 365 days").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&segment=region%3AEMEA"));
        await Assertions.Expect(page.GetByTestId("segment-chip")).ToHaveTextAsync(new Regex("EMEA"));
    }

    [Fact]
    public async Task A_comment_with_markup_shows_as_text_and_runs_no_script()
    {
        const string comment = "<script>window.__cxInjected = 1</script><img src=x onerror=\"window.__cxInjected = 2\"> Staff were <b>rude</b>";
        using var api = server.AdminApi();
        var posted = await api.PostAsJsonAsync("/api/responses", new
        {
            responses = new[]
            {
                new
                {
                    id = "xss-comment-1", touchpoint = "blog-content", scale = "csat5", score = 2,
                    respondedAt = DateTime.UtcNow.Date.AddDays(1).AddSeconds(-1), comment, // the last second of today: the newest comment
                },
            },
        }, Ct);
        posted.IsSuccessStatusCode.Should().BeTrue(await posted.Content.ReadAsStringAsync(Ct));

        var page = await browser.NewPageAsync(server.BaseAddress);
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await BrowserSession.SignInAsync(page, DemoUsers.CxManager, "/touchpoints/blog-content/scores");

        var shown = page.GetByTestId("comment").Filter(new() { HasText = "Staff were" });
        await Assertions.Expect(shown).ToHaveTextAsync(comment);
        await Assertions.Expect(page.GetByTestId("comments").Locator("script, img, b")).ToHaveCountAsync(0);
        (await page.EvaluateAsync<object?>("() => window.__cxInjected ?? null")).Should().BeNull();
        dialogs.Should().Be(0);
        await BrowserSession.ScreenshotAsync(page, "dashboard-comment-as-text");
    }

    [Fact]
    public async Task A_sales_lead_enters_a_measurement_on_the_touchpoint_page_and_sees_its_attainment()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.SalesLead, "/touchpoints/support/scores?from=2024-01-01&to=2024-01-31");

        var row = page.Locator("[data-testid=metric-row][data-code=fcr]");
        await Assertions.Expect(row).ToContainTextAsync("no measurement in this period");
        var form = page.GetByTestId("measurement-form");
        await form.GetByTestId("measurement-metric").ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("First-contact resolution (%)").ClickAsync();
        await form.GetByLabel("Period start").FillAsync("2024-01-01");
        await form.GetByLabel("Period end").FillAsync("2024-01-31");
        await form.GetByLabel("Value").FillAsync("70");
        await form.GetByTestId("measurement-save").ClickAsync();

        // FCR: target 80, worst 40 → attainment 10 · (70 − 40) / (80 − 40) = 7.5, and it misses its target.
        await Assertions.Expect(row).ToContainTextAsync("70 %");
        await Assertions.Expect(row).ToContainTextAsync("7.5");
        await Assertions.Expect(row).ToContainTextAsync("misses its target");
        await BrowserSession.ScreenshotAsync(page, "dashboard-measurement-entered");
    }

    [Fact]
    public async Task Every_dashboard_page_renders_in_light_and_dark_without_a_page_error()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.CxManager);
        string[] pages =
        [
            "/", "/journeys", "/journeys/product-launch", "/journeys/b2b-sales?granularity=month", "/journeys/air-travel",
            "/touchpoints/support/scores", "/touchpoints/electronics-store/scores", "/journeys/b2b-sales/compare?dimension=region",
            "/journeys/air-travel/compare", "/journeys/air-travel/drivers", "/journeys/b2b-sales/drivers", "/journeys/air-travel/profile",
            "/journeys/b2b-sales/profile", "/journeys/no-such-journey", "/?from=2026-13-01",
        ];
        foreach (var path in pages)
        {
            await BrowserSession.GotoInteractiveAsync(page, path);
            await Assertions.Expect(page.GetByTestId("loading")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("page-error")).ToHaveCountAsync(0);
            var name = "dashboard" + Regex.Replace(path, "[^a-z0-9]+", "-").TrimEnd('-');
            await BrowserSession.ScreenshotAsync(page, name + "-light");
            await page.GetByRole(AriaRole.Button, new() { Name = "Toggle dark theme" }).ClickAsync();
            await BrowserSession.ScreenshotAsync(page, name + "-dark");
            await page.GetByRole(AriaRole.Button, new() { Name = "Toggle dark theme" }).ClickAsync();
        }
    }
}
