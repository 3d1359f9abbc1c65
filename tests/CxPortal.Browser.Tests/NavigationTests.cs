using Microsoft.Playwright;

namespace CxPortal.Browser.Tests;

public class NavigationTests(PortalServer server, BrowserSession browser)
{
    [Fact]
    public async Task The_overview_lists_the_demo_journeys_and_the_drawer_leads_to_the_touchpoints()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserSession.SignInAsync(page, DemoUsers.SalesLead);

        var cards = page.GetByTestId("journey-card");
        await Assertions.Expect(cards).ToHaveCountAsync(3);
        await Assertions.Expect(cards.Filter(new() { HasText = "Product launch" }).GetByTestId("touchpoint-count")).ToHaveTextAsync("5");
        await BrowserSession.ScreenshotAsync(page, "overview");

        await page.GetByRole(AriaRole.Link, new() { Name = "Touchpoints" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(server.BaseAddress, "/touchpoints").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Touchpoint inventory" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("touchpoint-grid").GetByText("Electronics store visit", new() { Exact = true })).ToBeVisibleAsync();
        var shot = await BrowserSession.ScreenshotAsync(page, "touchpoints");
        File.Exists(shot).Should().BeTrue();
    }
}
