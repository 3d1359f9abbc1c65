using CxPortal.Data.Configurations;
using CxPortal.Data.Imports;

namespace CxPortal.Web.Features.Imports;

/// <summary>
/// An import job as GET /api/imports/{id} returns it. <see cref="Phase"/> is "checking" or "writing"
/// while the job runs on the instance that answers; <see cref="Report"/> is there once it has finished.
/// </summary>
public sealed record ImportJobView(
    Guid Id, string Kind, string Format, string State, string? Phase, string FileName, long FileSize, bool DryRun, bool SkipInvalid,
    long RowsDone, long RowsTotal, string? Error, string? CreatedBy, DateTime CreatedAt, DateTime? StartedAt, DateTime? FinishedAt,
    ImportReport? Report)
{
    public bool Finished => State is not ("queued" or "running");

    public static ImportJobView From(ImportJob job, RunningImport? live) => new(
        job.Id, job.Kind, job.Format, LowercaseEnumConverter<ImportJobState>.ToText(job.State),
        live is null || job.State != ImportJobState.Running ? null : live.Phase.ToString().ToLowerInvariant(),
        job.FileName, job.FileSize, job.DryRun, job.SkipInvalid,
        live is null ? job.RowsDone : live.RowsDone, live is { RowsTotal: > 0 } ? live.RowsTotal : job.RowsTotal,
        job.Error, job.CreatedBy, job.CreatedAt, job.StartedAt, job.FinishedAt,
        job.ReportJson is null ? null : ImportJobs.ReadReport(job.ReportJson));
}
