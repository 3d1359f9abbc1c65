using CxPortal.Domain.Scoring;
using CxPortal.Domain.Touchpoints;

namespace CxPortal.Domain.Tests.Scoring;

public class AttainmentTests
{
    // On-time delivery %: target 95, worst 75.
    private static readonly MetricDefinition OnTime =
        new("on-time", "On-time delivery", "%", MetricDirection.HigherIsBetter, 95, 75);

    // Average handle time in minutes: target 3, worst 10.
    private static readonly MetricDefinition HandleTime =
        new("aht", "Average handle time", "min", MetricDirection.LowerIsBetter, 3, 10);

    [Fact]
    public void Valid_definitions_have_no_error()
    {
        OnTime.Validate().Should().BeNull();
        HandleTime.Validate().Should().BeNull();
    }

    [Theory]
    [InlineData(MetricDirection.HigherIsBetter, 5, 5, "*must differ*")]
    [InlineData(MetricDirection.LowerIsBetter, 5, 5, "*must differ*")]
    [InlineData(MetricDirection.HigherIsBetter, 70, 90, "*higher-is-better*greater than the worst*")]
    [InlineData(MetricDirection.LowerIsBetter, 10, 3, "*lower-is-better*less than the worst*")]
    [InlineData(MetricDirection.HigherIsBetter, double.NaN, 3, "*finite*")]
    public void Invalid_definitions_say_why(MetricDirection direction, double target, double worst, string message)
    {
        var metric = new MetricDefinition("m", "M", "", direction, target, worst);

        metric.Validate().Should().Match(message);
    }

    [Fact]
    public void Target_equal_to_worst_cannot_be_scored()
    {
        var act = () => Attainment.Compute(OnTime with { Worst = 95 }, [90]);

        act.Should().Throw<ArgumentException>().WithMessage("*on-time*must differ*");
    }

    [Fact]
    public void Higher_is_better_between_worst_and_target()
    {
        // v = (80 + 90)/2 = 85; (85 − 75)/(95 − 75) = 0.5 → 5; 85 < 95 misses the target
        Attainment.Compute(OnTime, [80, 90]).Should().Be(new MetricResult("on-time", 85, 5, true));
    }

    [Theory]
    // at target: (95 − 75)/20 = 1 → 10, not missed
    [InlineData(95, 10, false)]
    // above target clamps to 10
    [InlineData(99, 10, false)]
    // at worst: 0, missed
    [InlineData(75, 0, true)]
    // below worst clamps to 0
    [InlineData(60, 0, true)]
    public void Higher_is_better_is_clamped_to_0_to_10(double v, double expected, bool missed)
    {
        Attainment.Compute(OnTime, [v]).Should().Be(new MetricResult("on-time", v, expected, missed));
    }

    [Fact]
    public void Lower_is_better_between_target_and_worst()
    {
        // v = (4 + 6)/2 = 5 min; (5 − 10)/(3 − 10) = 5/7 → 7.142857; 5 > 3 misses the target
        var r = Attainment.Compute(HandleTime, [4, 6]);

        r.Value.Should().Be(5);
        r.Attainment!.Value.Should().BeApproximately(50.0 / 7, 1e-12);
        r.MissedTarget.Should().BeTrue();
    }

    [Theory]
    // faster than target: (2 − 10)/(−7) = 8/7 → clamp 1 → 10
    [InlineData(2, 10, false)]
    [InlineData(3, 10, false)]
    // slower than worst: (12 − 10)/(−7) < 0 → 0
    [InlineData(12, 0, true)]
    [InlineData(10, 0, true)]
    public void Lower_is_better_is_clamped_to_0_to_10(double v, double expected, bool missed)
    {
        Attainment.Compute(HandleTime, [v]).Should().Be(new MetricResult("aht", v, expected, missed));
    }

    [Fact]
    public void No_measurement_is_no_data_not_zero()
    {
        Attainment.Compute(OnTime, []).Should().Be(new MetricResult("on-time", null, null, false));
    }

    [Theory]
    [InlineData("2025-01-01", "2025-01-31", "2025-01-31", "2025-02-28", true)]
    [InlineData("2025-01-01", "2025-01-30", "2025-01-31", "2025-02-28", false)]
    [InlineData("2025-03-01", "2025-03-31", "2025-01-31", "2025-02-28", false)]
    [InlineData("2025-01-01", "2025-12-31", "2025-02-01", "2025-02-28", true)]
    public void Overlap_is_inclusive_at_both_ends(string start, string end, string from, string to, bool expected)
    {
        Attainment.Overlaps(DateOnly.Parse(start), DateOnly.Parse(end), DateOnly.Parse(from), DateOnly.Parse(to))
            .Should().Be(expected);
    }
}
