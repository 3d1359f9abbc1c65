using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace CxPortal.Browser.Tests;

public class InventoryTests(PortalServer server, BrowserSession browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_sales_lead_adds_a_touchpoint_and_places_it_in_a_new_journey()
    {
        try
        {
            await AddAndPlaceAsync();
        }
        finally
        {
            // Other tests count the demo's journeys: leave the shared server as it was.
            using var api = server.AdminApi();
            await api.DeleteAsync("/api/journeys/click-collect", Ct);
            await api.DeleteAsync("/api/touchpoints/click-collect-pickup", Ct);
        }
    }

    private async Task AddAndPlaceAsync()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.SalesLead, "/touchpoints");
        await Assertions.Expect(page.GetByTestId("touchpoint-grid")).ToBeVisibleAsync();
        await Themes.ScreenshotBothAsync(page, "inventory");

        // The dialog shows the validation rules' messages beside the fields.
        await page.GetByRole(AriaRole.Button, new() { Name = "New touchpoint" }).ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add touchpoint" }).ClickAsync();
        await Assertions.Expect(dialog.GetByText("Name is required.")).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByText("Channel is required.")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "inventory-dialog-errors");

        await dialog.GetByLabel("Name").FillAsync("Click and collect pickup");
        await dialog.GetByLabel("Code").FillAsync("click-collect-pickup");
        await ChooseAsync(page, dialog.GetByLabel("Stage"), "Decision");
        await ChooseAsync(page, dialog.GetByLabel("Channel"), "Store");
        await dialog.GetByLabel("Owner").FillAsync("Retail ops");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add touchpoint" }).ClickAsync();

        await Assertions.Expect(page.GetByText("\"Click and collect pickup\" added to the inventory.")).ToBeVisibleAsync();
        var row = page.GetByTestId("touchpoint-grid").Locator("tr", new() { HasText = "click-collect-pickup" });
        await Assertions.Expect(row).ToContainTextAsync("Retail ops");
        await Assertions.Expect(row).ToContainTextAsync("not measured");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Coverage" }).ClickAsync();
        var cell = page.Locator("[data-testid=coverage-cell][data-stage=decision][data-channel=store]");
        await Assertions.Expect(cell).ToContainTextAsync("not measured");
        await Themes.ScreenshotBothAsync(page, "inventory-coverage");

        // The journey builder: a new journey, the new touchpoint and a demo one, reordered.
        await page.GetByRole(AriaRole.Link, new() { Name = "Manage journeys" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("journey-table")).ToBeVisibleAsync();
        await Themes.ScreenshotBothAsync(page, "journeys-manage");
        await page.GetByRole(AriaRole.Button, new() { Name = "New journey" }).ClickAsync();
        await dialog.GetByLabel("Name").FillAsync("Click and collect");
        await dialog.GetByLabel("Code").FillAsync("click-collect");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create and add steps" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, "/journeys/click-collect/edit").ToString());
        await Assertions.Expect(page.GetByText("No steps yet")).ToBeVisibleAsync();
        var search = page.GetByLabel("Search the inventory");
        var picker = page.GetByTestId("touchpoint-picker");
        await search.FillAsync("Electronics store");
        await Assertions.Expect(picker.GetByRole(AriaRole.Button)).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Electronics store visit" }).ClickAsync();
        await search.FillAsync("pickup");
        await Assertions.Expect(picker.GetByRole(AriaRole.Button)).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Click and collect pickup" }).ClickAsync();
        var steps = page.GetByTestId("journey-step");
        await Assertions.Expect(steps).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Button, new() { Name = "Move Click and collect pickup up" }).ClickAsync();
        await Assertions.Expect(steps.First).ToContainTextAsync("Click and collect pickup");
        await Themes.ScreenshotBothAsync(page, "journey-editor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save journey" }).ClickAsync();

        await Assertions.Expect(page.GetByText("\"Click and collect\" saved with 2 steps.")).ToBeVisibleAsync();
        using var api = server.AdminApi();
        var journey = await api.GetFromJsonAsync<JsonElement>("/api/journeys/click-collect", Ct);
        journey.GetProperty("steps").EnumerateArray().Select(s => s.GetString()).Should()
            .Equal("click-collect-pickup", "electronics-store");
    }

    /// <summary>Opens a MudSelect and picks the option with this text.</summary>
    internal static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText(option, new() { Exact = true }).ClickAsync();
    }
}
