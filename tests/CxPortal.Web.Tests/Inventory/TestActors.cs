using CxPortal.Web.Infrastructure;

namespace CxPortal.Web.Tests.Inventory;

/// <summary>The actor name the audit log records for a client of <see cref="CxPortalApp.ClientAs"/>.</summary>
internal static class TestActors
{
    /// <summary>
    /// ClientAs does not sign in yet (auth lands separately), so requests are anonymous and
    /// CurrentActor names them "system". Once ClientAs signs in for real, return that user's name here.
    /// </summary>
    public static string NameFor(string role) => CurrentActor.System;
}
