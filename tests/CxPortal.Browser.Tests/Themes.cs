using Microsoft.Playwright;

namespace CxPortal.Browser.Tests;

/// <summary>Screenshots of a page in the light theme and then the dark one (the app bar's toggle).</summary>
public static class Themes
{
    public static async Task ScreenshotBothAsync(IPage page, string name)
    {
        await BrowserSession.ScreenshotAsync(page, name + "-light");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Toggle dark theme" });
        await toggle.ClickAsync();
        await page.WaitForTimeoutAsync(300); // the palette swaps in one render; let the transition settle
        await BrowserSession.ScreenshotAsync(page, name + "-dark");
        await toggle.ClickAsync();
        await page.WaitForTimeoutAsync(300);
    }
}
