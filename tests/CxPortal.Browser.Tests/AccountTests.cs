using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace CxPortal.Browser.Tests;

public class AccountTests(PortalServer server, BrowserSession browser)
{
    [Fact]
    public async Task A_cx_manager_sees_no_admin_pages_and_is_refused_when_typing_their_url()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.CxManager);

        var nav = page.Locator(".mud-navmenu");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Overview" })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Journeys" })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Admin" })).ToHaveCountAsync(0);
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Import" })).ToHaveCountAsync(0);
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Touchpoints" })).ToHaveCountAsync(0);

        await page.GotoAsync("/admin");

        await Assertions.Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("You don't have access to that page")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "access-denied-for-cx-manager");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_user_is_told_so()
    {
        // An account of its own, so that locking it disturbs no other test.
        using var api = server.AdminApi();
        var invited = await api.PostAsJsonAsync("/api/users", new { email = "locked@example.com", role = "CxManager" }, TestContext.Current.CancellationToken);
        invited.EnsureSuccessStatusCode();
        var password = (await invited.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("password").GetString()!;
        var page = await browser.NewPageAsync(server.BaseAddress);
        await page.GotoAsync("/account/login");
        var message = page.GetByTestId("login-message");

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.GetByLabel("E-mail").FillAsync("locked@example.com");
            await page.GetByLabel("Password").FillAsync($"wrong-password-{attempt}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Assertions.Expect(message).ToBeVisibleAsync();
        }
        await Assertions.Expect(message).ToContainTextAsync("locked after 5 failed sign-in attempts");

        // Even the right password is refused while locked.
        await page.GetByLabel("E-mail").FillAsync("locked@example.com");
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(message).ToContainTextAsync("locked");
        await BrowserSession.ScreenshotAsync(page, "login-locked-out");
    }

    [Fact]
    public async Task A_signed_in_browser_stays_signed_in_across_a_server_restart()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.SalesLead);
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("Sam Sales");

        // The open tab's circuit dies with the process and Blazor's reconnect loop would race the
        // navigation below (it reloads the page once the new process refuses the old circuit). The
        // claim under test is the cookie's, so the same browser context opens a fresh tab.
        await page.GotoAsync("about:blank");
        await server.RestartAsync();
        var tab = await page.Context.NewPageAsync();
        await page.CloseAsync();
        await BrowserSession.GotoInteractiveAsync(tab, "/touchpoints");

        await Assertions.Expect(tab).ToHaveURLAsync(new Uri(server.BaseAddress, "/touchpoints").ToString());
        await Assertions.Expect(tab.GetByTestId("signed-in-as")).ToHaveTextAsync("Sam Sales");
    }
}
