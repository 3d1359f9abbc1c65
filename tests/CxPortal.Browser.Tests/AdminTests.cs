using Microsoft.Playwright;

namespace CxPortal.Browser.Tests;

public class AdminTests(PortalServer server, BrowserSession browser)
{
    [Fact]
    public async Task An_admin_mints_an_api_key_sees_its_secret_once_and_revokes_it()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.Admin, "/admin/api-keys");

        await page.GetByRole(AriaRole.Button, new() { Name = "New key" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("Survey tool");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        var secret = page.GetByLabel("X-Api-Key");
        await Assertions.Expect(secret).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^cxk_[A-Za-z0-9]{32}$"));
        await BrowserSession.ScreenshotAsync(page, "admin-api-key-secret");
        await page.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();

        var row = page.GetByTestId("api-key-table").Locator("tr", new() { HasText = "Survey tool" });
        await Assertions.Expect(row).ToContainTextAsync("active");
        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("revoked");
        await BrowserSession.ScreenshotAsync(page, "admin-api-keys");
    }

    [Fact]
    public async Task An_admin_sees_the_users_with_their_roles()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.Admin, "/admin/users");

        var table = page.GetByTestId("user-table");
        await Assertions.Expect(table.Locator("tr", new() { HasText = "manager@demo.cxportal" })).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "admin-users");
    }
}
