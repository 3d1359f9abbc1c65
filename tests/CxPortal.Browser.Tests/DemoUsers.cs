namespace CxPortal.Browser.Tests;

/// <summary>The demo accounts the login page shows while Demo:Seed is on (Features/Accounts/DemoAccounts).</summary>
public static class DemoUsers
{
    public static readonly (string Email, string Password) Admin = ("admin@demo.cxportal", "demo-admin-pass");
    public static readonly (string Email, string Password) CxManager = ("manager@demo.cxportal", "demo-manager-pass");
    public static readonly (string Email, string Password) SalesLead = ("sales@demo.cxportal", "demo-sales-pass");
}
