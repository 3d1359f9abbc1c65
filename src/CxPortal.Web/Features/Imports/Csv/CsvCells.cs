using System.Globalization;

namespace CxPortal.Web.Features.Imports.Csv;

/// <summary>Reads typed values from CSV cells the same way in every layout, with messages that quote the cell.</summary>
public static class CsvCells
{
    public static int? Score(string cell, string label, List<string> problems)
    {
        if (cell.Length == 0)
        {
            return null;
        }
        if (int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score))
        {
            return score;
        }
        problems.Add($"{label}: '{cell}' is not a whole number.");
        return null;
    }

    /// <summary>An ISO 8601 instant; without an offset it is UTC, and a bare date is midnight UTC.</summary>
    public static DateTimeOffset? Instant(string cell, string label, List<string> problems)
    {
        if (cell.Length == 0)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }
        problems.Add($"{label}: '{cell}' is not a date or time (use ISO 8601, e.g. 2026-03-01T14:30:00Z).");
        return null;
    }

    public static DateOnly? Day(string cell, string label, List<string> problems)
    {
        if (cell.Length == 0)
        {
            return null;
        }
        if (DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        problems.Add($"{label}: '{cell}' is not a date (yyyy-MM-dd).");
        return null;
    }

    public static double? Number(string cell, string label, List<string> problems)
    {
        if (cell.Length == 0)
        {
            return null;
        }
        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        problems.Add($"{label}: '{cell}' is not a number (use a dot for decimals).");
        return null;
    }

    public static string? Text(string cell) => cell.Length == 0 ? null : cell;
}
