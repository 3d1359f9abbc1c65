namespace CxPortal.Web.Features.Imports;

/// <summary>The rejected rows of an import: all counted, the first <see cref="ImportReport.MaxListed"/> listed in line order.</summary>
public sealed class RejectionList
{
    private readonly List<RejectedRow> _listed = [];

    public long Count { get; private set; }

    public void Add(long line, string reason)
    {
        Count++;
        if (_listed.Count < ImportReport.MaxListed)
        {
            _listed.Add(new RejectedRow(line, reason));
        }
    }

    public void AddRange(IEnumerable<RejectedRow> rows)
    {
        foreach (var row in rows)
        {
            Add(row.Line, row.Reason);
        }
    }

    public IReadOnlyList<RejectedRow> Listed => _listed.OrderBy(r => r.Line).ToList();

    public ImportReport Report(long rowsRead, long accepted, long duplicates, bool dryRun, bool stored) =>
        new(rowsRead, accepted, duplicates, Count, Listed, dryRun, stored);
}
