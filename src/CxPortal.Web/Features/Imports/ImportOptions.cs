namespace CxPortal.Web.Features.Imports;

public enum ImportFormat
{
    /// <summary>One rating a row: id, touchpoint or journey, scale, score, respondedAt, respondent, comment, segment columns.</summary>
    Long,

    /// <summary>One respondent a row, one column per touchpoint, read through a <see cref="WideMapping"/>.</summary>
    Wide,
}

/// <summary>How one CSV file is imported.</summary>
/// <param name="DryRun">Check and count only; the transaction is rolled back.</param>
/// <param name="SkipInvalid">Store the valid rows and report the others, instead of all-or-nothing.</param>
public sealed record ImportOptions(ImportFormat Format, WideMapping? Mapping = null, bool DryRun = false, bool SkipInvalid = false);
