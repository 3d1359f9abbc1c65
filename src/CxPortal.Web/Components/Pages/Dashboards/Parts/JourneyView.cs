namespace CxPortal.Web.Components.Pages.Dashboards.Parts;

/// <summary>The views of a journey, for the link bar to mark the current one.</summary>
public enum JourneyView
{
    Map,
    Compare,
    Drivers,
    Profile,
}
