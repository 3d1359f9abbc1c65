using CsvHelper;
using MiniExcelLibs.Attributes;

namespace CxPortal.Web.Features.Exports;

/// <summary>
/// One touchpoint of a journey scorecard as a table row. Numbers stay numbers (an empty cell when
/// there is no data); text is neutralised by the writer of each format.
/// </summary>
[CsvRecord]
public sealed partial record ScorecardRow
{
    [CsvColumn("Journey"), ExcelColumnName("Journey")] public required string Journey { get; init; }
    [CsvColumn("From"), ExcelColumnName("From")] public required string From { get; init; }
    [CsvColumn("To"), ExcelColumnName("To")] public required string To { get; init; }
    [CsvColumn("Journey index"), ExcelColumnName("Journey index")] public double? JourneyIndex { get; init; }
    [CsvColumn("Position"), ExcelColumnName("Position")] public int Position { get; init; }
    [CsvColumn("Stage"), ExcelColumnName("Stage")] public required string Stage { get; init; }
    [CsvColumn("Touchpoint code"), ExcelColumnName("Touchpoint code")] public required string Code { get; init; }
    [CsvColumn("Touchpoint"), ExcelColumnName("Touchpoint")] public required string Touchpoint { get; init; }
    [CsvColumn("Owner"), ExcelColumnName("Owner")] public required string Owner { get; init; }
    [CsvColumn("n"), ExcelColumnName("n")] public long N { get; init; }
    [CsvColumn("Score"), ExcelColumnName("Score")] public double? Score { get; init; }
    [CsvColumn("Relationship"), ExcelColumnName("Relationship")] public double? Relationship { get; init; }
    [CsvColumn("Operational"), ExcelColumnName("Operational")] public double? Operational { get; init; }
    [CsvColumn("Mean10"), ExcelColumnName("Mean10")] public double? Mean10 { get; init; }
    [CsvColumn("Mean10 CI low"), ExcelColumnName("Mean10 CI low")] public double? Mean10Low { get; init; }
    [CsvColumn("Mean10 CI high"), ExcelColumnName("Mean10 CI high")] public double? Mean10High { get; init; }
    [CsvColumn("CSAT n"), ExcelColumnName("CSAT n")] public long CsatN { get; init; }
    [CsvColumn("CSAT %"), ExcelColumnName("CSAT %")] public double? Csat { get; init; }
    [CsvColumn("CSAT CI low"), ExcelColumnName("CSAT CI low")] public double? CsatLow { get; init; }
    [CsvColumn("CSAT CI high"), ExcelColumnName("CSAT CI high")] public double? CsatHigh { get; init; }
    [CsvColumn("Top box %"), ExcelColumnName("Top box %")] public double? TopBox { get; init; }
    [CsvColumn("Top box CI low"), ExcelColumnName("Top box CI low")] public double? TopBoxLow { get; init; }
    [CsvColumn("Top box CI high"), ExcelColumnName("Top box CI high")] public double? TopBoxHigh { get; init; }
    [CsvColumn("NPS n"), ExcelColumnName("NPS n")] public long NpsN { get; init; }
    [CsvColumn("NPS"), ExcelColumnName("NPS")] public double? Nps { get; init; }
    [CsvColumn("NPS CI low"), ExcelColumnName("NPS CI low")] public double? NpsLow { get; init; }
    [CsvColumn("NPS CI high"), ExcelColumnName("NPS CI high")] public double? NpsHigh { get; init; }
    [CsvColumn("Impact"), ExcelColumnName("Impact")] public double? Impact { get; init; }
    [CsvColumn("Weak point rank"), ExcelColumnName("Weak point rank")] public int? WeakPointRank { get; init; }
    [CsvColumn("Flags"), ExcelColumnName("Flags")] public required string Flags { get; init; }
    [CsvColumn("Tentative"), ExcelColumnName("Tentative")] public bool Tentative { get; init; }
}
