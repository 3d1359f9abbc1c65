namespace CxPortal.Web.Features.Audit;

/// <summary>The actions and entity types the audit log uses, so filters by type find every entry of it.</summary>
public static class AuditNames
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Replace = "replace";
    public const string Import = "import";

    public const string Touchpoint = "touchpoint";
    public const string Journey = "journey";
    public const string Metric = "metric";
    public const string Scale = "scale";
    public const string Settings = "settings";
    public const string Stages = "stages";
    public const string Channels = "channels";
    public const string SegmentDimensions = "segment-dimensions";
    public const string TouchpointImport = "touchpoint-import";
    public const string Measurements = "measurements";
    public const string ResponseImport = "response-import";
}
