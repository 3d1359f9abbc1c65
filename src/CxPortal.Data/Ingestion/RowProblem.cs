namespace CxPortal.Data.Ingestion;

/// <summary>Why one input row was not (or would not be) stored.</summary>
public sealed record RowProblem(long Line, string? ExternalId, string Field, string Message);
