namespace CxPortal.Web.Features.Exports;

/// <summary>
/// Neutralises text that a spreadsheet would run as a formula (CSV/formula injection): a cell starting
/// with =, +, -, @, tab or CR gets a leading single quote. Only text cells go through here; numbers are
/// written as numbers, so a negative NPS stays −12 and not the text '-12.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    public static string? Neutralise(string? text) =>
        string.IsNullOrEmpty(text) || Array.IndexOf(Triggers, text[0]) < 0 ? text : "'" + text;
}
