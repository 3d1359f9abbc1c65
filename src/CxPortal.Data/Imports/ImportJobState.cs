namespace CxPortal.Data.Imports;

public enum ImportJobState
{
    Queued,
    Running,
    Succeeded,
    Failed,

    /// <summary>Stopped on request; its transaction was rolled back.</summary>
    Cancelled,
}
