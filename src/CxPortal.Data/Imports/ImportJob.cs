namespace CxPortal.Data.Imports;

/// <summary>A background import: its progress and, once finished, its report.</summary>
public sealed class ImportJob
{
    public Guid Id { get; set; }
    public required string Kind { get; set; }
    public required string Format { get; set; }
    public ImportJobState State { get; set; }
    public required string FileName { get; set; }
    public long FileSize { get; set; }
    public bool DryRun { get; set; }
    public bool SkipInvalid { get; set; }
    public string? MappingJson { get; set; }

    /// <summary>Where the upload waits until the job runs; deleted afterwards.</summary>
    public string? UploadPath { get; set; }

    public long RowsTotal { get; set; }
    public long RowsDone { get; set; }
    public long Accepted { get; set; }
    public long Duplicates { get; set; }
    public long Rejected { get; set; }
    public string? ReportJson { get; set; }
    public string? Error { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
}
