namespace CxPortal.Data.Accounts;

public static class Roles
{
    public const string Admin = "Admin";
    public const string CxManager = "CxManager";
    public const string SalesLead = "SalesLead";

    public static readonly IReadOnlyList<string> All = [Admin, CxManager, SalesLead];
}
