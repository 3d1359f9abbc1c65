using System.Net.Http.Json;
using Microsoft.Playwright;

namespace CxPortal.Browser.Tests;

/// <summary>Pages show stored text as text, and pages outside a role are neither offered nor served.</summary>
public class PageSafetyTests(PortalServer server, BrowserSession browser)
{
    private const string Hostile = "<script>window.cxPwned = 1</script><img src=x onerror=\"window.cxPwned = 2\">";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_touchpoint_named_with_markup_shows_as_text_and_runs_no_script()
    {
        using var api = server.AdminApi();
        (await api.PostAsJsonAsync("/api/touchpoints", new { code = "hostile-name", name = Hostile, stage = "decision", channel = "web", owner = Hostile }, Ct))
            .EnsureSuccessStatusCode();
        (await api.PostAsJsonAsync("/api/journeys", new { code = "hostile-journey", name = Hostile, steps = new[] { "hostile-name" } }, Ct))
            .EnsureSuccessStatusCode();
        try
        {
            var page = await browser.NewPageAsync(server.BaseAddress);
            var dialogs = 0;
            page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
            await BrowserSession.SignInAsync(page, DemoUsers.SalesLead, "/touchpoints");

            var grid = page.GetByTestId("touchpoint-grid");
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Search" }).FillAsync("hostile");
            await Assertions.Expect(grid.Locator("tbody tr")).ToHaveCountAsync(1);
            await Assertions.Expect(grid.GetByText(Hostile, new() { Exact = true }).First).ToBeVisibleAsync();
            await Assertions.Expect(grid.Locator("img[src=x]")).ToHaveCountAsync(0);
            await BrowserSession.ScreenshotAsync(page, "hostile-name-inventory");

            await page.GetByRole(AriaRole.Button, new() { Name = "Edit " + Hostile }).ClickAsync();
            await Assertions.Expect(page.Locator(".mud-dialog").GetByLabel("Name")).ToHaveValueAsync(Hostile);
            await page.Keyboard.PressAsync("Escape");

            await BrowserSession.GotoInteractiveAsync(page, "/journeys/manage");
            await Assertions.Expect(page.GetByTestId("journey-table").GetByText(Hostile, new() { Exact = true })).ToBeVisibleAsync();
            await BrowserSession.GotoInteractiveAsync(page, "/journeys/hostile-journey/edit");
            await Assertions.Expect(page.GetByTestId("journey-step").GetByText(Hostile, new() { Exact = true })).ToBeVisibleAsync();
            await BrowserSession.ScreenshotAsync(page, "hostile-name-journey-editor");

            (await page.EvaluateAsync<bool>("() => window.cxPwned === undefined")).Should().BeTrue("no injected script or handler ran");
            (await page.Locator("img[src=x]").CountAsync()).Should().Be(0);
            dialogs.Should().Be(0);
        }
        finally
        {
            await api.DeleteAsync("/api/journeys/hostile-journey", Ct);
            await api.DeleteAsync("/api/touchpoints/hostile-name", Ct);
        }
    }

    [Fact]
    public async Task A_cx_manager_is_offered_no_inventory_or_admin_page_and_is_refused_each_by_url()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.CxManager);

        var nav = page.Locator(".mud-navmenu");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Journeys" })).ToBeVisibleAsync();
        foreach (var entry in new[] { "Touchpoints", "Manage journeys", "Admin" })
        {
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = entry })).ToHaveCountAsync(0);
        }

        foreach (var path in new[]
        {
            "/touchpoints", "/journeys/manage", "/journeys/product-launch/edit",
            "/admin/scales", "/admin/settings", "/admin/lists", "/admin/audit", "/admin/counts",
        })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        }
    }

    [Fact]
    public async Task A_sales_lead_is_refused_the_admin_pages_and_the_journeys_link_does_not_light_up_in_the_builder()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.SalesLead, "/journeys/manage");

        var nav = page.Locator(".mud-navmenu");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Manage journeys" })).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("active"));
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Journeys", Exact = true }))
            .Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("active"));

        foreach (var path in new[] { "/admin/scales", "/admin/settings", "/admin/lists", "/admin/audit", "/admin/counts" })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        }
    }
}
