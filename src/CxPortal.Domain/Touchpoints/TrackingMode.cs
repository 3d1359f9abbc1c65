namespace CxPortal.Domain.Touchpoints;

/// <summary>How often a touchpoint is measured.</summary>
public enum TrackingMode
{
    /// <summary>Always on: measured continuously.</summary>
    Persistent,
    /// <summary>Measured at regular intervals (e.g. a quarterly survey).</summary>
    Periodic,
    /// <summary>Measured in short bursts around an event.</summary>
    Pulsed,
}
