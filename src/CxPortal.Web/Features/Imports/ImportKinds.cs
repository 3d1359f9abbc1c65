namespace CxPortal.Web.Features.Imports;

/// <summary>What an import job brings in.</summary>
public static class ImportKinds
{
    public const string Responses = "responses";
    public const string Measurements = "measurements";
}
