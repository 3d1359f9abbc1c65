namespace CxPortal.Web.Features.Imports;

public enum ImportPhase
{
    /// <summary>Pass 1: every row is read and checked; nothing is written.</summary>
    Checking,

    /// <summary>Pass 2: the valid rows are written in one transaction, then merged.</summary>
    Writing,
}

/// <summary>Where a running import is: its phase and the rows done of the rows in the file.</summary>
public delegate void ImportProgressReport(ImportPhase phase, long rowsDone, long rowsTotal);
