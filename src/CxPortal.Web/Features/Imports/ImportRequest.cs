namespace CxPortal.Web.Features.Imports;

/// <summary>The parameters of an upload, as sent by the API (query or form fields) or the import page.</summary>
/// <param name="Format">long or wide (responses only).</param>
/// <param name="Mapping">A wide mapping as JSON; or give <paramref name="MappingName"/> of a saved one.</param>
public sealed record ImportRequest(
    string? Format = null, string? Mapping = null, string? MappingName = null, bool DryRun = false, bool SkipInvalid = false);
