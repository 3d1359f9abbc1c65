using System.Globalization;
using System.Text;

namespace CxPortal.Bench;

/// <summary>The dataset as a long-format import file: one rating a row, one column per segment dimension.</summary>
public static class DatasetCsv
{
    public static readonly string[] Header =
        ["id", "touchpoint", "journey", "scale", "score", "respondedAt", "respondent", "comment",
         .. Dataset.Dimensions.Select(d => d.Code)];

    /// <summary>Rows <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive) of the dataset.</summary>
    public static async Task WriteAsync(string path, long from, long to, CancellationToken ct)
    {
        await using var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        await file.WriteAsync(string.Join(',', Header) + "\n");
        var line = new StringBuilder(160);
        for (var i = from; i < to; i++)
        {
            ct.ThrowIfCancellationRequested();
            var r = Dataset.Row(i);
            line.Clear()
                .Append(r.Id).Append(',')
                .Append(r.Touchpoint >= 0 ? Dataset.TouchpointCode(r.Touchpoint) : "").Append(',')
                .Append(r.Journey >= 0 ? Dataset.JourneyCode(r.Journey) : "").Append(',')
                .Append(r.Scale).Append(',')
                .Append(r.Score.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(r.RespondedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append(',')
                .Append(r.Respondent).Append(',');
            if (r.Comment is not null)
            {
                line.Append('"').Append(r.Comment.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            for (var d = 0; d < Dataset.Dimensions.Length; d++)
            {
                line.Append(',').Append(Dataset.Dimensions[d].Values[r.Segments[d]]);
            }
            line.Append('\n');
            await file.WriteAsync(line, ct);
        }
    }
}
