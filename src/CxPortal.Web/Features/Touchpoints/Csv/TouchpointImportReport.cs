namespace CxPortal.Web.Features.Touchpoints.Csv;

/// <summary>
/// What an inventory import did, or would do in a dry run. All or nothing: with any error,
/// nothing is stored and the counts say what the valid rows would have done.
/// </summary>
public sealed record TouchpointImportReport(
    int RowsRead,
    int Created,
    int Updated,
    int Unchanged,
    bool DryRun,
    bool Stored,
    IReadOnlyList<ImportRowError> Errors);
