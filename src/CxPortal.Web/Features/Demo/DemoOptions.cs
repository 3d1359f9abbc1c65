namespace CxPortal.Web.Features.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the demo journeys and responses into an empty database (and, later, demo users).</summary>
    public bool Seed { get; set; } = true;
}
