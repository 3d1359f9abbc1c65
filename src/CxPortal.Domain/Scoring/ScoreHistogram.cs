namespace CxPortal.Domain.Scoring;

/// <summary>
/// Counts per score value of one scale (index = score − Min). Every figure is a function of these
/// counts, so histograms of days, segments or touchpoints add up exactly.
/// </summary>
public sealed class ScoreHistogram
{
    private readonly long[] _counts;

    public ScoreHistogram(ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        scale.EnsureValid();
        Scale = scale;
        _counts = new long[scale.Points];
    }

    public ScaleDefinition Scale { get; }

    /// <summary>Counts in score order, index = score − Scale.Min.</summary>
    public IReadOnlyList<long> Counts => _counts;

    /// <summary>Number of responses.</summary>
    public long N { get; private set; }

    /// <summary>Σ normalised score over responses.</summary>
    public double SumNormalised
    {
        get
        {
            var sum = 0.0;
            for (var i = 0; i < _counts.Length; i++)
            {
                sum += _counts[i] * Scale.Normalise(Scale.Min + i);
            }

            return sum;
        }
    }

    /// <summary>Σ (normalised score)² over responses.</summary>
    public double SumSquaresNormalised
    {
        get
        {
            var sum = 0.0;
            for (var i = 0; i < _counts.Length; i++)
            {
                var x = Scale.Normalise(Scale.Min + i);
                sum += _counts[i] * x * x;
            }

            return sum;
        }
    }

    /// <summary>
    /// Σ (normalised score − centre)². Variances use this two-pass form rather than
    /// SumSquares − Sum²/n, which cancels badly when scores are nearly constant.
    /// </summary>
    public double SumSquaredDeviations(double centre)
    {
        var sum = 0.0;
        for (var i = 0; i < _counts.Length; i++)
        {
            var d = Scale.Normalise(Scale.Min + i) - centre;
            sum += _counts[i] * d * d;
        }

        return sum;
    }

    public long Count(int score) => Scale.Contains(score) ? _counts[score - Scale.Min] : 0;

    /// <summary>Number of responses satisfying a predicate on the raw score.</summary>
    public long CountWhere(Func<int, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        long total = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            if (_counts[i] != 0 && predicate(Scale.Min + i))
            {
                total += _counts[i];
            }
        }

        return total;
    }

    public long Satisfied => CountWhere(Scale.IsSatisfied);

    public long TopBox => CountWhere(Scale.IsTopBox);

    public long Promoters => CountWhere(Scale.IsPromoter);

    public long Detractors => CountWhere(Scale.IsDetractor);

    /// <summary>Adds responses; a score outside the scale is a data error, never silently dropped.</summary>
    public void Add(int score, long count = 1)
    {
        if (!Scale.Contains(score))
        {
            throw new ArgumentOutOfRangeException(
                nameof(score), score, $"Score is outside scale '{Scale.Code}' ({Scale.Min}–{Scale.Max}).");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(count);
        checked
        {
            _counts[score - Scale.Min] += count;
            N += count;
        }
    }

    public ScoreHistogram Clone()
    {
        var copy = new ScoreHistogram(Scale);
        Array.Copy(_counts, copy._counts, _counts.Length);
        copy.N = N;
        return copy;
    }

    /// <summary>A new histogram with both sets of counts.</summary>
    public ScoreHistogram Plus(ScoreHistogram other)
    {
        EnsureSameScale(other);
        var sum = Clone();
        for (var i = 0; i < _counts.Length; i++)
        {
            sum.Add(Scale.Min + i, other._counts[i]);
        }

        return sum;
    }

    /// <summary>
    /// This minus <paramref name="other"/>, e.g. "the rest" = total − segment value. A count that
    /// would go negative means the two did not come from the same data, so it throws instead of
    /// clamping, which would hide the inconsistency.
    /// </summary>
    public ScoreHistogram Minus(ScoreHistogram other)
    {
        EnsureSameScale(other);
        var rest = new ScoreHistogram(Scale);
        for (var i = 0; i < _counts.Length; i++)
        {
            var c = _counts[i] - other._counts[i];
            if (c < 0)
            {
                throw new InvalidOperationException(
                    $"Cannot subtract {other._counts[i]} responses of score {Scale.Min + i} on scale " +
                    $"'{Scale.Code}' from {_counts[i]}: the subtrahend is not part of this histogram.");
            }

            rest.Add(Scale.Min + i, c);
        }

        return rest;
    }

    /// <summary>Same scale and the same count for every score.</summary>
    public bool SameCounts(ScoreHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Scale == other.Scale && _counts.AsSpan().SequenceEqual(other._counts);
    }

    private void EnsureSameScale(ScoreHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Scale != other.Scale)
        {
            throw new ArgumentException(
                $"Histograms of different scales ('{Scale.Code}' and '{other.Scale.Code}') cannot be combined.");
        }
    }
}
