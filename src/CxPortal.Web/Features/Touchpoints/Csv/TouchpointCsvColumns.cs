namespace CxPortal.Web.Features.Touchpoints.Csv;

/// <summary>
/// The columns of the inventory CSV: the JSON contract's field names, in its order. Export writes
/// them all; import needs them all (extra columns are ignored).
/// </summary>
public static class TouchpointCsvColumns
{
    public const string Code = "code";
    public const string Name = "name";
    public const string Description = "description";
    public const string Stage = "stage";
    public const string Channel = "channel";
    public const string Owner = "owner";
    public const string Intentional = "intentional";
    public const string OperationalPurpose = "operationalPurpose";
    public const string RelationshipPurpose = "relationshipPurpose";
    public const string TrackingMode = "trackingMode";
    public const string Weight = "weight";
    public const string RelationshipWeight = "relationshipWeight";

    public static readonly IReadOnlyList<string> All =
    [
        Code, Name, Description, Stage, Channel, Owner, Intentional, OperationalPurpose, RelationshipPurpose, TrackingMode,
        Weight, RelationshipWeight,
    ];

    /// <summary>What a spreadsheet would run as a formula at the start of a cell (OWASP); export escapes them with a quote.</summary>
    public const string FormulaStarts = "=+-@\t\r";

    public const char FormulaEscape = '\'';

    /// <summary>Undoes the export's escape ("'=x" → "=x"), so an exported file imports unchanged.</summary>
    public static string Unescape(string cell) =>
        cell.Length >= 2 && cell[0] == FormulaEscape && FormulaStarts.Contains(cell[1]) ? cell[1..] : cell;
}
