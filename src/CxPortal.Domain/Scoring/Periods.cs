namespace CxPortal.Domain.Scoring;

/// <summary>Calendar arithmetic of trends and period-over-period deltas.</summary>
public static class Periods
{
    /// <summary>First day of the bucket holding <paramref name="day"/> (weeks start on Monday, as in ISO 8601).</summary>
    public static DateOnly StartOf(DateOnly day, Granularity granularity) => granularity switch
    {
        Granularity.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        Granularity.Month => new DateOnly(day.Year, day.Month, 1),
        Granularity.Quarter => new DateOnly(day.Year, (((day.Month - 1) / 3) * 3) + 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };

    /// <summary>Last day of the bucket holding <paramref name="day"/>.</summary>
    public static DateOnly EndOf(DateOnly day, Granularity granularity) => granularity switch
    {
        Granularity.Week => StartOf(day, granularity).AddDays(6),
        Granularity.Month => StartOf(day, granularity).AddMonths(1).AddDays(-1),
        Granularity.Quarter => StartOf(day, granularity).AddMonths(3).AddDays(-1),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };

    /// <summary>
    /// The window of equal length (in days) ending the day before <paramref name="from"/>:
    /// 1–28 Feb gives 4–31 Jan, not the calendar month before.
    /// </summary>
    public static Period Previous(DateOnly from, DateOnly to)
    {
        EnsureOrdered(from, to);
        int days = to.DayNumber - from.DayNumber + 1;
        return new Period(from.AddDays(-days), from.AddDays(-1));
    }

    /// <summary>
    /// The buckets covering [from, to] in order. The first and last are clipped to the window, so
    /// a point never counts days outside it; <see cref="StartOf"/> of a bucket's From gives its label.
    /// </summary>
    public static IReadOnlyList<Period> Enumerate(DateOnly from, DateOnly to, Granularity granularity)
    {
        EnsureOrdered(from, to);
        var buckets = new List<Period>();
        for (var start = from; start <= to; start = EndOf(start, granularity).AddDays(1))
        {
            var end = EndOf(start, granularity);
            buckets.Add(new Period(start, end < to ? end : to));
        }

        return buckets;
    }

    private static void EnsureOrdered(DateOnly from, DateOnly to)
    {
        if (from > to)
        {
            throw new ArgumentException($"The window {from:yyyy-MM-dd}..{to:yyyy-MM-dd} ends before it starts.");
        }
    }
}
