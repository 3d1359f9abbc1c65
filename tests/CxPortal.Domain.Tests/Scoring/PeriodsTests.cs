using CxPortal.Domain.Scoring;

namespace CxPortal.Domain.Tests.Scoring;

public class PeriodsTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // 2025-01-01 is a Wednesday → its ISO week starts Monday 2024-12-30
    [InlineData("2025-01-01", "2024-12-30")]
    // a Monday is its own start
    [InlineData("2025-03-10", "2025-03-10")]
    // a Sunday belongs to the week that started six days earlier
    [InlineData("2025-03-16", "2025-03-10")]
    public void Weeks_start_on_monday(string day, string expected)
    {
        Periods.StartOf(D(day), Granularity.Week).Should().Be(D(expected));
        Periods.EndOf(D(day), Granularity.Week).Should().Be(D(expected).AddDays(6));
    }

    [Theory]
    [InlineData("2024-02-29", Granularity.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2025-02-14", Granularity.Month, "2025-02-01", "2025-02-28")]
    [InlineData("2025-12-31", Granularity.Month, "2025-12-01", "2025-12-31")]
    [InlineData("2025-03-31", Granularity.Quarter, "2025-01-01", "2025-03-31")]
    [InlineData("2025-04-01", Granularity.Quarter, "2025-04-01", "2025-06-30")]
    [InlineData("2025-11-15", Granularity.Quarter, "2025-10-01", "2025-12-31")]
    public void Months_and_quarters_are_calendar_buckets(string day, Granularity g, string start, string end)
    {
        Periods.StartOf(D(day), g).Should().Be(D(start));
        Periods.EndOf(D(day), g).Should().Be(D(end));
    }

    [Fact]
    public void Previous_is_the_window_of_equal_length_just_before()
    {
        // 1–28 Feb 2025 is 28 days → 4–31 Jan
        Periods.Previous(D("2025-02-01"), D("2025-02-28")).Should().Be(new Period(D("2025-01-04"), D("2025-01-31")));
        // one day → the day before
        Periods.Previous(D("2025-03-01"), D("2025-03-01")).Should().Be(new Period(D("2025-02-28"), D("2025-02-28")));
    }

    [Fact]
    public void Previous_of_a_reversed_window_throws()
    {
        var act = () => Periods.Previous(D("2025-02-02"), D("2025-02-01"));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Enumerate_weeks_clips_the_first_and_last_bucket_to_the_window()
    {
        // Wed 1 Jan – Wed 15 Jan 2025: [1–5], [6–12], [13–15]
        Periods.Enumerate(D("2025-01-01"), D("2025-01-15"), Granularity.Week).Should().Equal(
            new Period(D("2025-01-01"), D("2025-01-05")),
            new Period(D("2025-01-06"), D("2025-01-12")),
            new Period(D("2025-01-13"), D("2025-01-15")));
    }

    [Fact]
    public void Enumerate_months_and_quarters()
    {
        Periods.Enumerate(D("2024-12-15"), D("2025-02-28"), Granularity.Month).Should().Equal(
            new Period(D("2024-12-15"), D("2024-12-31")),
            new Period(D("2025-01-01"), D("2025-01-31")),
            new Period(D("2025-02-01"), D("2025-02-28")));
        Periods.Enumerate(D("2025-01-01"), D("2025-12-31"), Granularity.Quarter).Select(p => p.Days)
            .Should().Equal(90, 91, 92, 92);
    }

    [Fact]
    public void Enumerate_a_single_day()
    {
        Periods.Enumerate(D("2025-05-05"), D("2025-05-05"), Granularity.Quarter)
            .Should().Equal(new Period(D("2025-05-05"), D("2025-05-05")));
    }
}
