using CxPortal.Web.Features.Responses;

namespace CxPortal.Web.Features.Imports.Csv;

/// <summary>
/// The long format: one rating a row, with the columns of the JSON contract (id, touchpoint or
/// journey, scale, score, respondedAt, respondent, comment); every other column is a segment
/// dimension, named by its code.
/// </summary>
public sealed class LongResponseRows : IResponseRows
{
    public static readonly IReadOnlyList<string> Fields = ["id", "touchpoint", "journey", "scale", "score", "respondedAt", "respondent", "comment"];

    private readonly Dictionary<string, int> _fields = [];
    private readonly List<(string Dimension, int Index)> _segments = [];
    private readonly List<string> _problems = [];

    public LongResponseRows(CsvSource source, IngestionLookups lookups)
    {
        foreach (var field in Fields)
        {
            _fields[field] = source.Column(field);
        }
        foreach (var required in new[] { "id", "scale", "score", "respondedAt" }.Where(f => _fields[f] < 0))
        {
            _problems.Add($"Column '{required}' is missing. A long-format file needs the columns id, touchpoint or journey, scale, score, respondedAt.");
        }
        if (_fields["touchpoint"] < 0 && _fields["journey"] < 0)
        {
            _problems.Add("The file needs a 'touchpoint' or a 'journey' column (or both): what each rating is about.");
        }
        for (var i = 0; i < source.Headers.Count; i++)
        {
            var name = source.Headers[i];
            if (Fields.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            if (lookups.Dimensions.ContainsKey(name.ToLowerInvariant()))
            {
                _segments.Add((name.ToLowerInvariant(), i));
            }
            else
            {
                _problems.Add(name.Length == 0
                    ? $"Column {i + 1} has no name. Name it after a segment dimension or remove it."
                    : $"Column '{name}' is not a long-format column, and segment dimension '{name}' does not exist.");
            }
        }
    }

    public IReadOnlyList<string> HeaderProblems => _problems;

    public ParsedRow Parse(CsvSource source)
    {
        var problems = new List<string>();
        string Cell(string field) => source.Cell(_fields[field]);
        var input = new ResponseInput
        {
            Id = CsvCells.Text(Cell("id")),
            Touchpoint = CsvCells.Text(Cell("touchpoint")),
            Journey = CsvCells.Text(Cell("journey")),
            Scale = CsvCells.Text(Cell("scale")),
            Score = CsvCells.Score(Cell("score"), "score", problems),
            RespondedAt = CsvCells.Instant(Cell("respondedAt"), "respondedAt", problems),
            Respondent = CsvCells.Text(Cell("respondent")),
            Comment = CsvCells.Text(Cell("comment")),
            Segments = _segments.Count == 0 ? null : _segments.ToDictionary(s => s.Dimension, s => source.Cell(s.Index)),
        };
        return new ParsedRow(source.Line, [new LabeledInput(null, input)], problems);
    }
}
