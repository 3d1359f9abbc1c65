namespace CxPortal.Web.Features.Touchpoints.Csv;

/// <param name="Line">1-based line of the file where the row starts (the header is line 1).</param>
/// <param name="Field">The column at fault, or "" for the whole row or file.</param>
public sealed record ImportRowError(long Line, string Field, string Message);
