namespace CxPortal.Web.Tests.Inventory;

/// <summary>A clock stopped at one instant, for services whose answer depends on "today".</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock At(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
