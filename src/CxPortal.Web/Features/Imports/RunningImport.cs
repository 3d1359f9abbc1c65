namespace CxPortal.Web.Features.Imports;

/// <summary>
/// The live state of a job running in this process. Progress is kept here rather than written to
/// the job row: on SQLite the import's own transaction holds the write lock until it commits.
/// </summary>
public sealed class RunningImport
{
    public CancellationTokenSource Cancel { get; } = new();
    public ImportPhase Phase { get; set; }
    public long RowsDone { get; set; }
    public long RowsTotal { get; set; }

    public void Report(ImportPhase phase, long rowsDone, long rowsTotal)
    {
        Phase = phase;
        RowsDone = rowsDone;
        if (rowsTotal > 0)
        {
            RowsTotal = rowsTotal;
        }
    }
}
