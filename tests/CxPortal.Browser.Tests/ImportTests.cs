using System.Text;
using Microsoft.Playwright;

namespace CxPortal.Browser.Tests;

public class ImportTests(PortalServer server, BrowserSession browser)
{
    [Fact]
    public async Task Small_csv_import_shows_progress_and_result()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.SalesLead, "/import");
        var run = Guid.NewGuid().ToString("N")[..8]; // fresh ids, so a rerun of the suite imports them again
        var csv = "id,touchpoint,scale,score,respondedAt,respondent,comment,region\r\n" +
                  $"browser-{run}-1,electronics-store,csat5,4,2026-03-02T10:00:00Z,p1,Helpful staff,EMEA\r\n" +
                  $"browser-{run}-2,electronics-store,csat5,2,2026-03-02T11:00:00Z,p2,\"Long queue, no stock\",EMEA\r\n" +
                  $"browser-{run}-3,innovation-news,csat5,5,2026-03-03T09:00:00Z,p3,,APAC\r\n";

        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "store-survey.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await Assertions.Expect(page.GetByTestId("uploaded-file")).ToContainTextAsync("store-survey.csv", new() { Timeout = 30_000 });
        await BrowserSession.ScreenshotAsync(page, "import-file-chosen");

        await page.GetByTestId("dry-run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-outcome")).ToContainTextAsync("all 3 rows are valid", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("accepted")).ToHaveTextAsync("3");

        await page.GetByTestId("import").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-outcome")).ToContainTextAsync("Imported 3 responses from 3 rows", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("rows-read")).ToHaveTextAsync("3");
        await Assertions.Expect(page.GetByTestId("accepted")).ToHaveTextAsync("3");
        await Assertions.Expect(page.Locator(".mud-snackbar", new() { HasText = "Imported 3 responses." })).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "import-result");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toggle dark theme" }).ClickAsync();
        await BrowserSession.ScreenshotAsync(page, "import-result-dark");

        await page.GetByTestId("import").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-outcome")).ToContainTextAsync("3 were already stored", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("duplicates")).ToHaveTextAsync("3");
    }

    [Fact]
    public async Task A_wide_file_shows_its_columns_to_map_and_says_what_the_mapping_lacks()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.SalesLead, "/import");
        await page.GetByText("Survey export, one respondent a row (wide)").ClickAsync();
        await Assertions.Expect(page.GetByText("One row per respondent with a column per touchpoint")).ToBeVisibleAsync(); // the circuit has it
        var csv = "Respondent,Store visit,Overall\r\nw1,4,5\r\nw2,9,3\r\n";

        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "wide.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });
        var mapping = page.GetByTestId("column-mapping");
        await Assertions.Expect(mapping).ToContainTextAsync("Store visit", new() { Timeout = 30_000 });
        await BrowserSession.ScreenshotAsync(page, "import-wide-mapping");

        await page.GetByTestId("dry-run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("mapping")).ToContainTextAsync("respondentColumn: name the column with the respondent id");
        await BrowserSession.ScreenshotAsync(page, "import-wide-unmapped");
    }
}
