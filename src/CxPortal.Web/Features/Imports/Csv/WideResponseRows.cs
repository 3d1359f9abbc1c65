using CxPortal.Web.Features.Responses;

namespace CxPortal.Web.Features.Imports.Csv;

/// <summary>
/// The wide format through a <see cref="WideMapping"/>: each mapped column of a row becomes one
/// rating, unless its cell is empty or an N/A code. A rating's id is the respondent id and the
/// touchpoint (or "overall" and the journey) code, so importing the same file again finds duplicates.
/// </summary>
public sealed class WideResponseRows : IResponseRows
{
    private readonly WideMapping _mapping;
    private readonly int _respondent;
    private readonly int _date;
    private readonly List<(WideColumn Map, int Index, HashSet<string> Na)> _columns = [];
    private readonly (WideOverall Map, int Index, Dictionary<string, int> Values)? _overall;
    private readonly List<(string Dimension, int Index)> _segments = [];
    private readonly HashSet<string> _na;
    private readonly List<string> _problems = [];

    public WideResponseRows(CsvSource source, WideMapping mapping)
    {
        _mapping = mapping;
        _na = NaSet(mapping.NaCodes);
        _respondent = Find(source, mapping.RespondentColumn!);
        _date = mapping.DateColumn is { Length: > 0 } dateColumn ? Find(source, dateColumn) : -1;
        foreach (var column in mapping.Columns ?? [])
        {
            _columns.Add((column, Find(source, column.Column!), column.NaCodes is null ? _na : NaSet(column.NaCodes)));
        }
        if (mapping.Overall is { } overall)
        {
            _overall = (overall, Find(source, overall.Column!),
                new Dictionary<string, int>(overall.Values ?? new Dictionary<string, int>(), StringComparer.OrdinalIgnoreCase));
        }
        foreach (var segment in mapping.Segments ?? [])
        {
            _segments.Add((segment.Dimension!.Trim(), Find(source, segment.Column!)));
        }
    }

    public IReadOnlyList<string> HeaderProblems => _problems;

    public ParsedRow Parse(CsvSource source)
    {
        var problems = new List<string>();
        var respondent = source.Cell(_respondent);
        if (respondent.Length == 0)
        {
            problems.Add($"{_mapping.RespondentColumn}: the respondent id is empty.");
        }
        var at = _date >= 0
            ? CsvCells.Instant(source.Cell(_date), _mapping.DateColumn!, problems)
            : new DateTimeOffset(_mapping.FixedDate!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (at is null && problems.Count == 0)
        {
            problems.Add($"{_mapping.DateColumn}: the date is empty.");
        }
        var segments = _segments.Count == 0 ? null : _segments.ToDictionary(s => s.Dimension, s => source.Cell(s.Index));

        var inputs = new List<LabeledInput>(_columns.Count + 1);
        foreach (var (map, index, na) in _columns)
        {
            var cell = source.Cell(index);
            if (cell.Length == 0 || na.Contains(cell))
            {
                continue;
            }
            var touchpoint = map.Touchpoint!.Trim();
            inputs.Add(new LabeledInput(map.Column, new ResponseInput
            {
                Id = $"{respondent}/{touchpoint}", Touchpoint = touchpoint, Scale = map.Scale, RespondedAt = at,
                Score = CsvCells.Score(cell, map.Column!, problems) ?? 0, Respondent = respondent, Segments = segments,
            }));
        }
        if (_overall is var (overall, overallIndex, values))
        {
            var cell = source.Cell(overallIndex);
            if (cell.Length > 0 && !_na.Contains(cell))
            {
                int? score = values.Count == 0 ? CsvCells.Score(cell, overall.Column!, problems)
                    : values.TryGetValue(cell, out var mapped) ? mapped : null;
                if (score is null && values.Count > 0)
                {
                    problems.Add($"{overall.Column}: '{cell}' is not one of {string.Join(", ", values.Keys.Select(k => $"'{k}'"))}.");
                }
                var journey = overall.Journey!.Trim();
                inputs.Add(new LabeledInput(overall.Column, new ResponseInput
                {
                    Id = $"{respondent}/overall/{journey}", Journey = journey, Scale = overall.Scale, RespondedAt = at, Score = score ?? 0,
                    Respondent = respondent, Segments = segments,
                }));
            }
        }
        return new ParsedRow(source.Line, inputs, problems);
    }

    private int Find(CsvSource source, string column)
    {
        var index = source.Column(column);
        if (index < 0)
        {
            _problems.Add($"Column '{column.Trim()}' of the mapping is not in the file's header.");
        }
        return index;
    }

    private static HashSet<string> NaSet(IReadOnlyList<string>? codes) =>
        new((codes ?? []).Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase);
}
