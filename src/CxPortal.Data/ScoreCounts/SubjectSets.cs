using CxPortal.Domain.Scoring;

namespace CxPortal.Data.ScoreCounts;

/// <summary>Score sets keyed by subject; a subject without responses reads as an empty set, never as missing.</summary>
public sealed class SubjectSets
{
    private readonly Dictionary<Subject, ScoreSet> _sets = [];

    public ScoreSet this[Subject subject] => _sets.GetValueOrDefault(subject) ?? new ScoreSet();

    public IReadOnlyCollection<Subject> Subjects => _sets.Keys;

    /// <summary>The sets of one bucket of a series, so a trend point can be scored like a window.</summary>
    public static SubjectSets Of(IEnumerable<KeyValuePair<Subject, ScoreSet>> sets)
    {
        var result = new SubjectSets();
        foreach (var (subject, set) in sets)
        {
            if (!set.IsEmpty)
            {
                result._sets[subject] = set.Clone();
            }
        }
        return result;
    }

    /// <summary>Per subject, this minus <paramref name="part"/> ("the rest"); throws if a count would go negative.</summary>
    public SubjectSets Minus(SubjectSets part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var rest = new SubjectSets();
        foreach (var subject in _sets.Keys.Union(part._sets.Keys))
        {
            var difference = this[subject].Minus(part[subject]);
            if (!difference.IsEmpty)
            {
                rest._sets[subject] = difference;
            }
        }
        return rest;
    }

    internal void Add(Subject subject, ScaleDefinition scale, int score, long count)
    {
        if (!_sets.TryGetValue(subject, out var set))
        {
            _sets[subject] = set = new ScoreSet();
        }
        set.Add(scale, score, count);
    }
}
