using System.Globalization;
using CsvHelper;
using CxPortal.Web.Features.Scores;
using MiniExcelLibs;

namespace CxPortal.Web.Features.Exports;

/// <summary>Writes a journey scorecard as a table: one row per touchpoint with every figure, its CI bounds, n and flags.</summary>
public static class ScorecardExport
{
    /// <param name="text">Applied to every text cell (the xlsx writer neutralises here; CsvHelper does it itself).</param>
    public static IReadOnlyList<ScorecardRow> Rows(JourneyScores s, Func<string, string> text)
    {
        var from = s.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = s.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var stages = s.Stages.ToDictionary(x => x.Code, x => x.Name);
        return s.Touchpoints.Select((t, i) => new ScorecardRow
        {
            Journey = text(s.Journey.Name), From = from, To = to, JourneyIndex = s.Index, Position = i + 1,
            Stage = text(stages.GetValueOrDefault(t.Stage, t.Stage)), Code = text(t.Code), Touchpoint = text(t.Name),
            Owner = text(t.Owner), N = t.N, Score = t.Score, Relationship = t.Relationship, Operational = t.Operational,
            Mean10 = t.Mean10?.Value, Mean10Low = t.Mean10?.CiLow, Mean10High = t.Mean10?.CiHigh,
            CsatN = t.CsatN, Csat = t.Csat?.Value, CsatLow = t.Csat?.CiLow, CsatHigh = t.Csat?.CiHigh,
            TopBox = t.TopBox?.Value, TopBoxLow = t.TopBox?.CiLow, TopBoxHigh = t.TopBox?.CiHigh,
            NpsN = t.NpsN, Nps = t.Nps?.Value, NpsLow = t.Nps?.CiLow, NpsHigh = t.Nps?.CiHigh,
            Impact = t.Impact,
            WeakPointRank = s.WeakPoints.ToList().IndexOf(t.Code) is var rank and >= 0 ? rank + 1 : null,
            Flags = text(string.Join(" ", t.Flags)), Tentative = t.Tentative,
        }).ToList();
    }

    /// <summary>
    /// CsvHelper escapes formula-looking text itself (a leading ') and leaves numbers alone, so a
    /// negative NPS stays -12.
    /// </summary>
    public static async Task WriteCsvAsync(Stream output, JourneyScores scores, CancellationToken ct)
    {
        var options = CsvWriterOptions.For<ScorecardRow>() with
        {
            Injection = CsvInjection.Escape,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        await using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        await csv.WriteRecordsAsync(Rows(scores, t => t), ct);
        await csv.FlushAsync(ct);
    }

    public static async Task WriteXlsxAsync(Stream output, JourneyScores scores, CancellationToken ct)
    {
        var rows = Rows(scores, t => SpreadsheetText.Neutralise(t) ?? "");
        // The xlsx zip is finished with synchronous writes, which the response body refuses: build it
        // in memory (one row per touchpoint, so small) and copy it asynchronously.
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(rows, sheetName: "Scorecard", excelType: ExcelType.XLSX, cancellationToken: ct);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

}
