using System.Globalization;
using System.Text;

namespace CxPortal.Bench;

/// <summary>The run's results as markdown: a header about the run, then one table per measurement.</summary>
public sealed class Report
{
    private readonly StringBuilder _text = new();

    public void Line(string text = "") => _text.Append(text).Append('\n');

    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        Line("| " + string.Join(" | ", header) + " |");
        Line("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows)
        {
            Line("| " + string.Join(" | ", row) + " |");
        }
        Line();
    }

    public override string ToString() => _text.ToString();

    public static string Number(double value, int decimals = 0) =>
        double.IsNaN(value) ? "–" : value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    public static string Ms(double value) => value < 10 ? Number(value, 2) : value < 100 ? Number(value, 1) : Number(value);

    public static string Ratio(double value) => value < 10 ? Number(value, 2) + "×" : Number(value) + "×";

    public static string Verdict(bool met) => met ? "met" : "**missed**";
}
