using CsvHelper;

namespace CxPortal.Web.Features.Imports.Csv;

/// <summary>
/// Reads a spooled CSV file record by record (never whole): quotes, a byte order mark and a ';' or
/// ',' separator are handled by CsvHelper. Records with broken quoting or another field count than
/// the header are not returned but reported, with their line, by <see cref="TakeMalformed"/>.
/// </summary>
public sealed class CsvSource : IDisposable
{
    private readonly CsvReader _reader;
    private readonly List<RejectedRow> _malformed = [];
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);

    private CsvSource(string path)
    {
        _reader = CsvReader.FromFile(path, CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = bad => _malformed.Add(new RejectedRow(bad.LineNumber, Describe(bad.Reason))),
        });
    }

    /// <summary>The header's column names; empty when the file has no header line.</summary>
    public IReadOnlyList<string> Headers { get; private set; } = [];

    /// <summary>The 1-based line where the current record starts.</summary>
    public long Line => _reader.LineNumber;

    /// <summary>Data records read so far, malformed ones included.</summary>
    public long RecordsRead { get; private set; }

    public static CsvSource Open(string path)
    {
        var source = new CsvSource(path);
        source._reader.ReadHeader();
        source.Headers = source._reader.Headers.Select(h => h.Trim()).ToList();
        for (var i = 0; i < source.Headers.Count; i++)
        {
            source._columns.TryAdd(source.Headers[i], i);
        }
        source.RecordsRead = source._malformed.Count;
        return source;
    }

    /// <summary>The index of a column, matched ignoring case and surrounding spaces; -1 when the header lacks it.</summary>
    public int Column(string name) => _columns.GetValueOrDefault(name.Trim(), -1);

    public bool Read()
    {
        var before = _malformed.Count;
        var read = _reader.Read();
        RecordsRead += _malformed.Count - before + (read ? 1 : 0);
        return read;
    }

    /// <summary>A cell of the current record, trimmed; empty for a missing one.</summary>
    public string Cell(int index) => index < 0 || index >= _reader.FieldCount ? "" : (_reader.GetString(index) ?? "").Trim();

    /// <summary>The malformed records met since the last call.</summary>
    public IReadOnlyList<RejectedRow> TakeMalformed()
    {
        if (_malformed.Count == 0)
        {
            return [];
        }
        var taken = _malformed.ToList();
        _malformed.Clear();
        return taken;
    }

    private string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch =>
            $"The row does not have the header's {Headers.Count} fields; a value with the separator in it needs double quotes.",
        CsvMalformedReason.UnterminatedQuote =>
            "A quoted value is never closed (unbalanced quotes); it runs to the end of the file.",
        CsvMalformedReason.StrayQuote => "A quote stands inside an unquoted value; enclose the value in double quotes and double the inner quote.",
        CsvMalformedReason.TextAfterClosingQuote => "Text follows a closing quote; a quote inside a quoted value must be doubled.",
        _ => $"The row's quoting is broken ({reason}).",
    };

    public void Dispose() => _reader.Dispose();
}
