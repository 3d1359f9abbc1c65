using CxPortal.Domain.Surveys;

namespace CxPortal.Domain.Scoring;

/// <summary>
/// Histograms of several scales keyed by scale id: a touchpoint's responses, a journey's overall
/// ratings, or a pool of touchpoints. Only non-empty histograms are kept, so a set that lost all
/// responses of a scale (via <see cref="Minus"/>) equals one that never had them.
/// </summary>
public sealed class ScoreSet
{
    private readonly SortedDictionary<int, ScoreHistogram> _byScale = [];

    public IReadOnlyCollection<ScoreHistogram> Histograms => _byScale.Values;

    public long N => _byScale.Values.Sum(h => h.N);

    public bool IsEmpty => N == 0;

    public ScoreHistogram? For(int scaleId) => _byScale.GetValueOrDefault(scaleId);

    /// <summary>Adds responses; a scale id seen before with a different definition throws.</summary>
    public ScoreSet Add(ScaleDefinition scale, int score, long count = 1)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var histogram = _byScale.GetValueOrDefault(scale.Id);
        if (histogram is null)
        {
            histogram = new ScoreHistogram(scale);
            histogram.Add(score, count); // validates before the set changes
            if (histogram.N > 0)
            {
                _byScale[scale.Id] = histogram;
            }

            return this;
        }

        if (histogram.Scale != scale)
        {
            throw new ArgumentException(
                $"Scale id {scale.Id} is already in this set with a different definition.", nameof(scale));
        }

        histogram.Add(score, count);
        return this;
    }

    /// <summary>Adds one response per score (convenient for raw lists).</summary>
    public ScoreSet AddScores(ScaleDefinition scale, params IEnumerable<int> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        foreach (var score in scores)
        {
            Add(scale, score);
        }

        return this;
    }

    /// <summary>Adds every count of a histogram.</summary>
    public ScoreSet Add(ScoreHistogram histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        for (var i = 0; i < histogram.Counts.Count; i++)
        {
            if (histogram.Counts[i] > 0)
            {
                Add(histogram.Scale, histogram.Scale.Min + i, histogram.Counts[i]);
            }
        }

        return this;
    }

    public ScoreSet Clone()
    {
        var copy = new ScoreSet();
        foreach (var (id, histogram) in _byScale)
        {
            copy._byScale[id] = histogram.Clone();
        }

        return copy;
    }

    public ScoreSet Plus(ScoreSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var sum = Clone();
        foreach (var (id, theirs) in other._byScale)
        {
            sum._byScale[id] = sum._byScale.TryGetValue(id, out var ours) ? ours.Plus(theirs) : theirs.Clone();
        }

        return sum;
    }

    /// <summary>This minus <paramref name="other"/> ("the rest"); throws if a count would go negative.</summary>
    public ScoreSet Minus(ScoreSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var rest = Clone();
        foreach (var (id, theirs) in other._byScale)
        {
            var ours = rest._byScale.GetValueOrDefault(id) ?? new ScoreHistogram(theirs.Scale);
            var difference = ours.Minus(theirs);
            if (difference.N > 0)
            {
                rest._byScale[id] = difference;
            }
            else
            {
                rest._byScale.Remove(id);
            }
        }

        return rest;
    }

    /// <summary>The histograms whose scale matches, e.g. one scale kind for "overall vs pool".</summary>
    public ScoreSet Where(Func<ScaleDefinition, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var subset = new ScoreSet();
        foreach (var (id, histogram) in _byScale)
        {
            if (predicate(histogram.Scale))
            {
                subset._byScale[id] = histogram.Clone();
            }
        }

        return subset;
    }

    public ScoreSet OfKind(ScaleKind kind) => Where(s => s.Kind == kind);

    public bool SameCounts(ScoreSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _byScale.Count == other._byScale.Count
            && _byScale.All(kv => other._byScale.TryGetValue(kv.Key, out var h) && kv.Value.SameCounts(h));
    }
}
