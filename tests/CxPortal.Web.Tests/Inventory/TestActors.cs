namespace CxPortal.Web.Tests.Inventory;

/// <summary>The actor name the audit log records for a client of <see cref="CxPortalApp.ClientAs"/>: the signed-in user.</summary>
internal static class TestActors
{
    public static string NameFor(string role) => $"{role.ToLowerInvariant()}@test.cxportal";
}
