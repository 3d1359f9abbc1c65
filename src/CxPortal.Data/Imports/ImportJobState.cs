namespace CxPortal.Data.Imports;

public enum ImportJobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
