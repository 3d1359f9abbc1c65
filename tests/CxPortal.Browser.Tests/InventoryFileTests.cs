using System.Text;
using Microsoft.Playwright;

namespace CxPortal.Browser.Tests;

public class InventoryFileTests(PortalServer server, BrowserSession browser)
{
    private const string Header = "code,name,description,stage,channel,owner,intentional,operationalPurpose,relationshipPurpose,trackingMode,weight,relationshipWeight";

    [Fact]
    public async Task A_sales_lead_exports_the_inventory_imports_a_file_after_its_row_report_and_deletes_a_touchpoint()
    {
        try
        {
            var page = await browser.NewPageAsync(server.BaseAddress);
            await BrowserSession.SignInAsync(page, DemoUsers.SalesLead, "/touchpoints");

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export CSV" }).ClickAsync());
            download.SuggestedFilename.Should().Be("touchpoints.csv");
            var exported = await File.ReadAllLinesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
            exported[0].Should().Be(Header);
            exported.Should().Contain(line => line.StartsWith("electronics-store,Electronics store visit,", StringComparison.Ordinal));

            await page.GetByRole(AriaRole.Button, new() { Name = "Import CSV" }).ClickAsync();
            var dialog = page.Locator(".mud-dialog");
            // MudFileUpload keeps the inputs of earlier picks; the last one takes the next file.
            var file = dialog.Locator("input[type=file]").Last;
            await file.SetInputFilesAsync(Csv("bad.csv",
                "csv-kiosk,Self-service kiosk,,decision,store,Retail,yes,,,persistent,1,0.5",
                "csv-hotline,Hotline,,nowhere,call-center,Care,maybe,,,persistent,1,0.5"));
            var errors = dialog.GetByTestId("import-errors");
            await Assertions.Expect(dialog.GetByTestId("import-summary")).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await Assertions.Expect(errors).ToContainTextAsync("Stage 'nowhere' does not exist.");
            await Assertions.Expect(errors).ToContainTextAsync("'maybe' is not true or false.");
            await Assertions.Expect(errors.Locator("tbody tr").First).ToContainTextAsync("3");
            await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Import" })).ToBeDisabledAsync();
            await BrowserSession.ScreenshotAsync(page, "inventory-import-report");

            await file.SetInputFilesAsync(Csv("good.csv",
                "csv-kiosk,Self-service kiosk,,decision,store,Retail,yes,,,persistent,1,0.5",
                "csv-hotline,Hotline,,retention,call-center,Care,no,,,periodic,1,0.5"));
            await Assertions.Expect(dialog.GetByTestId("import-summary")).ToHaveTextAsync(
                "2 rows read: 2 to add, 0 to update, 0 unchanged. Nothing is stored until you press Import.");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Imported: 2 added, 0 updated, 0 unchanged.")).ToBeVisibleAsync();

            var grid = page.GetByTestId("touchpoint-grid");
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Search" }).FillAsync("csv-");
            await Assertions.Expect(grid.Locator("tbody tr")).ToHaveCountAsync(2);
            await grid.GetByRole(AriaRole.Button, new() { Name = "Delete Self-service kiosk" }).ClickAsync();
            await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
            await Assertions.Expect(page.GetByText("\"Self-service kiosk\" deleted.")).ToBeVisibleAsync();
            await Assertions.Expect(grid.Locator("tbody tr")).ToHaveCountAsync(1);

            // A touchpoint with responses is refused, in words.
            await page.GetByRole(AriaRole.Textbox, new() { Name = "Search" }).FillAsync("electronics-store");
            await Assertions.Expect(grid.Locator("tbody tr")).ToHaveCountAsync(1);
            await grid.GetByRole(AriaRole.Button, new() { Name = "Delete Electronics store visit" }).ClickAsync();
            await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
            await Assertions.Expect(page.GetByText("deleting it would delete survey data", new() { Exact = false })).ToBeVisibleAsync();
            await BrowserSession.ScreenshotAsync(page, "inventory-delete-refused");
        }
        finally
        {
            using var api = server.AdminApi();
            await api.DeleteAsync("/api/touchpoints/csv-kiosk", TestContext.Current.CancellationToken);
            await api.DeleteAsync("/api/touchpoints/csv-hotline", TestContext.Current.CancellationToken);
        }
    }

    private static FilePayload Csv(string name, params string[] rows) => new()
    {
        Name = name,
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. rows]) + "\n"),
    };
}
