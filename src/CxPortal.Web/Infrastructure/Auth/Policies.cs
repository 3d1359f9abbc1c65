namespace CxPortal.Web.Infrastructure.Auth;

/// <summary>
/// The access policies. Each endpoint group and each page states one of these, in one place
/// (<see cref="ApiSetup"/> for the API, the page folders' _Imports.razor for pages).
/// </summary>
public static class Policies
{
    /// <summary>Dashboards, scores, comparisons, drivers, exports: every role; API keys with scope read or admin.</summary>
    public const string ReadScores = "read-scores";

    /// <summary>Touchpoints, journeys, metrics, measurements: Admin and SalesLead; API keys with scope admin.</summary>
    public const string EditInventory = "edit-inventory";

    /// <summary>Posting responses and running imports: Admin and SalesLead; API keys with scope ingest or admin.</summary>
    public const string Ingest = "ingest";

    /// <summary>Scales, settings, stages, channels, dimensions, users, keys, audit log: Admin; API keys with scope admin.</summary>
    public const string Admin = "admin";

    /// <summary>Any signed-in person (their own password, for instance); not API keys.</summary>
    public const string SignedIn = "signed-in";
}
