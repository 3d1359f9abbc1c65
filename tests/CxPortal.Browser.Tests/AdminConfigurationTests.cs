using Microsoft.Playwright;

namespace CxPortal.Browser.Tests;

public class AdminConfigurationTests(PortalServer server, BrowserSession browser)
{
    [Fact]
    public async Task An_admin_creates_a_1_to_7_scale_and_sees_which_scores_count_as_what()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.Admin, "/admin/scales");
        await Assertions.Expect(page.GetByTestId("scale-table")).ToBeVisibleAsync();
        await Themes.ScreenshotBothAsync(page, "admin-scales");

        await page.GetByRole(AriaRole.Button, new() { Name = "New scale" }).ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.GetByLabel("Name").FillAsync("Ease of pickup (1–7)");
        await dialog.GetByLabel("Code").FillAsync("pickup-ease7");
        await dialog.GetByLabel("Highest score").FillAsync("7");
        await dialog.GetByLabel("Satisfied from", new() { Exact = true }).FillAsync("5");
        await dialog.GetByLabel("Very satisfied from").FillAsync("6");
        var summary = dialog.GetByTestId("scale-preview-summary");
        await Assertions.Expect(summary).ToHaveTextAsync(
            "satisfied: 5–7 · very satisfied: 6–7 · no NPS (only nps scales have promoters and detractors)");
        await dialog.GetByLabel("Label of 1", new() { Exact = true }).FillAsync("Very difficult");
        await dialog.GetByLabel("Label of 7").FillAsync("Very easy");

        // As an nps scale the same range shows its promoters and detractors.
        await InventoryTests.ChooseAsync(page, dialog.GetByLabel("Kind"), "nps");
        await Assertions.Expect(summary).ToHaveTextAsync("satisfied: 5–7 · very satisfied: 6–7 · promoter: 5–7 · detractor: 1–4");
        await BrowserSession.ScreenshotAsync(page, "admin-scale-preview-nps");
        await InventoryTests.ChooseAsync(page, dialog.GetByLabel("Kind"), "csat");
        await Assertions.Expect(dialog.GetByTestId("scale-preview").Locator("tbody tr")).ToHaveCountAsync(7);
        await BrowserSession.ScreenshotAsync(page, "admin-scale-dialog-light");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create scale" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Scale \"Ease of pickup (1–7)\" created.")).ToBeVisibleAsync();
        var row = page.GetByTestId("scale-table").Locator("tr", new() { HasText = "pickup-ease7" });
        await Assertions.Expect(row).ToContainTextAsync("1–7");
        await Assertions.Expect(row).ToContainTextAsync("none");
    }

    [Fact]
    public async Task A_scale_that_responses_use_shows_its_range_locked()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.Admin, "/admin/scales");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toggle dark theme" }).ClickAsync(); // the dialog's dark look

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit csat5" }).ClickAsync();
        var dialog = page.Locator(".mud-dialog");

        await Assertions.Expect(dialog.GetByTestId("range-locked")).ToContainTextAsync("so its range (1–5) and kind are locked");
        await Assertions.Expect(dialog.GetByLabel("Lowest score")).ToBeDisabledAsync();
        await Assertions.Expect(dialog.GetByLabel("Highest score")).ToBeDisabledAsync();
        await Assertions.Expect(dialog.GetByLabel("Satisfied from", new() { Exact = true })).ToBeEnabledAsync();
        await BrowserSession.ScreenshotAsync(page, "admin-scale-locked-dark");
    }

    [Fact]
    public async Task Every_admin_page_opens_from_the_admin_home_and_shows_its_content()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.Admin, "/admin");
        await Themes.ScreenshotBothAsync(page, "admin-home");

        await page.GetByRole(AriaRole.Link, new() { Name = "Thresholds" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Critical below")).ToHaveValueAsync("4");
        await Themes.ScreenshotBothAsync(page, "admin-settings");
        await page.GetByLabel("Weak below").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Weak-below (3) must not be under critical-below (4)")).ToBeVisibleAsync();

        await BrowserSession.GotoInteractiveAsync(page, "/admin/lists");
        var stages = page.GetByTestId("stage-list");
        await Assertions.Expect(stages.GetByLabel("Name").First).ToHaveValueAsync("Awareness");
        await Assertions.Expect(stages.GetByRole(AriaRole.Button, new() { Name = "Remove Awareness" })).ToBeDisabledAsync();
        await Themes.ScreenshotBothAsync(page, "admin-lists");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Segment dimensions" }).ClickAsync();
        await BrowserSession.ScreenshotAsync(page, "admin-lists-segments");

        await BrowserSession.GotoInteractiveAsync(page, "/admin/audit");
        await Assertions.Expect(page.GetByTestId("audit-table")).ToBeVisibleAsync();
        await Themes.ScreenshotBothAsync(page, "admin-audit");

        await BrowserSession.GotoInteractiveAsync(page, "/admin/counts");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify counts" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("counts-result")).ToContainTextAsync("the count store equals a recount of",
            new() { Timeout = 60_000 });
        await Themes.ScreenshotBothAsync(page, "admin-counts");
    }
}
