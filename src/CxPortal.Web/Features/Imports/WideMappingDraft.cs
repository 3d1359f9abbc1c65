using System.Globalization;

namespace CxPortal.Web.Features.Imports;

/// <summary>What one column of a wide file is used as, on the import page.</summary>
public enum ColumnUse
{
    Ignore,
    Touchpoint,
    Overall,
    Segment,
    Respondent,
    Date,
}

/// <summary>One header column and what it is mapped to.</summary>
public sealed class ColumnDraft(string column)
{
    public string Column { get; } = column;
    public ColumnUse Use { get; set; }

    /// <summary>The touchpoint, journey or dimension code, by <see cref="Use"/>.</summary>
    public string? Target { get; set; }

    public string? Scale { get; set; }
}

/// <summary>
/// The import page's editable form of a <see cref="WideMapping"/>: one entry per column of the file's
/// header, plus the N/A codes, a fixed date and the overall column's text answers ("satisfied=1").
/// </summary>
public sealed class WideMappingDraft
{
    public WideMappingDraft(IEnumerable<string> header) => Columns = header.Select(h => new ColumnDraft(h)).ToList();

    public IReadOnlyList<ColumnDraft> Columns { get; }
    public string NaCodes { get; set; } = "0";
    public DateTime? FixedDate { get; set; } = DateTime.UtcNow.Date;
    public string OverallValues { get; set; } = "";

    public bool HasDateColumn => Columns.Any(c => c.Use == ColumnUse.Date);

    public WideMapping ToMapping()
    {
        ColumnDraft? Single(ColumnUse use) => Columns.FirstOrDefault(c => c.Use == use);
        var overall = Single(ColumnUse.Overall);
        return new WideMapping
        {
            RespondentColumn = Single(ColumnUse.Respondent)?.Column,
            DateColumn = Single(ColumnUse.Date)?.Column,
            FixedDate = HasDateColumn || FixedDate is null ? null : DateOnly.FromDateTime(FixedDate.Value),
            NaCodes = NaCodes.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Columns = Columns.Where(c => c.Use == ColumnUse.Touchpoint).Select(c => new WideColumn(c.Column, c.Target, c.Scale)).ToList(),
            Overall = overall is null ? null : new WideOverall(overall.Column, overall.Target, overall.Scale, Values(OverallValues)),
            Segments = Columns.Where(c => c.Use == ColumnUse.Segment).Select(c => new WideSegment(c.Column, c.Target)).ToList(),
        };
    }

    /// <summary>Fills the columns this file has from a saved mapping; the others stay ignored.</summary>
    public void Apply(WideMapping mapping)
    {
        foreach (var column in Columns)
        {
            column.Use = ColumnUse.Ignore;
            column.Target = column.Scale = null;
            bool Is(string? name) => string.Equals(name?.Trim(), column.Column, StringComparison.OrdinalIgnoreCase);
            if (mapping.Columns?.FirstOrDefault(c => Is(c.Column)) is { } rated)
            {
                (column.Use, column.Target, column.Scale) = (ColumnUse.Touchpoint, rated.Touchpoint, rated.Scale);
            }
            else if (mapping.Overall is { } overall && Is(overall.Column))
            {
                (column.Use, column.Target, column.Scale) = (ColumnUse.Overall, overall.Journey, overall.Scale);
            }
            else if (mapping.Segments?.FirstOrDefault(s => Is(s.Column)) is { } segment)
            {
                (column.Use, column.Target) = (ColumnUse.Segment, segment.Dimension);
            }
            else if (Is(mapping.RespondentColumn))
            {
                column.Use = ColumnUse.Respondent;
            }
            else if (Is(mapping.DateColumn))
            {
                column.Use = ColumnUse.Date;
            }
        }
        NaCodes = string.Join(", ", mapping.NaCodes ?? []);
        FixedDate = mapping.FixedDate?.ToDateTime(TimeOnly.MinValue) ?? FixedDate;
        OverallValues = string.Join("; ", (mapping.Overall?.Values ?? new Dictionary<string, int>()).Select(v => $"{v.Key}={v.Value}"));
    }

    /// <summary>"satisfied=1; neutral or dissatisfied=0" as a dictionary; null when empty (the cells are numbers).</summary>
    public static Dictionary<string, int>? Values(string text)
    {
        var values = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = pair.LastIndexOf('=');
            if (at > 0 && int.TryParse(pair[(at + 1)..].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score))
            {
                values[pair[..at].Trim()] = score;
            }
        }
        return values.Count == 0 ? null : values;
    }
}
