namespace CxPortal.Web.Features.Imports;

/// <summary>
/// How a wide survey export (one respondent a row) becomes responses: which column rates which
/// touchpoint on which scale, which cell values mean "not applicable", the overall column, the
/// segment columns, and where the respondent id and the date come from. Saved by name for reuse.
/// </summary>
public sealed record WideMapping
{
    /// <summary>The column with the respondent's id; with the touchpoint code it makes each rating's id.</summary>
    public string? RespondentColumn { get; init; }

    /// <summary>The column with the date or time of the answers; or give <see cref="FixedDate"/>.</summary>
    public string? DateColumn { get; init; }

    /// <summary>The day every row is dated when the file has no date column.</summary>
    public DateOnly? FixedDate { get; init; }

    /// <summary>Cell values that mean "not applicable" in every rating column (e.g. "0"); empty cells always do.</summary>
    public IReadOnlyList<string>? NaCodes { get; init; }

    public IReadOnlyList<WideColumn>? Columns { get; init; }
    public WideOverall? Overall { get; init; }
    public IReadOnlyList<WideSegment>? Segments { get; init; }
}

/// <summary>A column of ratings of one touchpoint.</summary>
/// <param name="NaCodes">Overrides the mapping's N/A codes for this column.</param>
public sealed record WideColumn(string? Column, string? Touchpoint, string? Scale, IReadOnlyList<string>? NaCodes = null);

/// <summary>The overall rating of a journey; <paramref name="Values"/> turns text answers into scores ("satisfied": 1).</summary>
public sealed record WideOverall(string? Column, string? Journey, string? Scale, IReadOnlyDictionary<string, int>? Values = null);

/// <summary>A column whose values segment the respondents along a dimension (region, class, ...).</summary>
public sealed record WideSegment(string? Column, string? Dimension);
