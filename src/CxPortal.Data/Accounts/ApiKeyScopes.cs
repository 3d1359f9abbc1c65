namespace CxPortal.Data.Accounts;

public static class ApiKeyScopes
{
    public const string Ingest = "ingest";
    public const string Read = "read";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Ingest, Read, Admin];
}
