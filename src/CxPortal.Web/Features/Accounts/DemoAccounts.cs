using CxPortal.Data.Accounts;

namespace CxPortal.Web.Features.Accounts;

/// <summary>
/// One demo user per role, created only while Demo:Seed is on; their credentials are printed on the
/// login page and in the README. When the demo is switched off they are disabled.
/// </summary>
public static class DemoAccounts
{
    public const string Domain = "@demo.cxportal";

    public static readonly IReadOnlyList<(string Email, string Password, string Role, string Name)> All =
    [
        ("admin" + Domain, "demo-admin-pass", Roles.Admin, "Ada Admin"),
        ("manager" + Domain, "demo-manager-pass", Roles.CxManager, "Max Manager"),
        ("sales" + Domain, "demo-sales-pass", Roles.SalesLead, "Sam Sales"),
    ];
}
