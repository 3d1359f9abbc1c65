using CxPortal.Domain.Scoring;

namespace CxPortal.Domain.Tests.Scoring;

public class AdvocacyProfileTests
{
    private static List<RespondentActivity> Respondents(int oneDay, int repeat, int advocatesAmongOneDay, int advocatesAmongRepeat) =>
    [
        .. Enumerable.Range(0, oneDay).Select(i => new RespondentActivity(1, i < advocatesAmongOneDay)),
        .. Enumerable.Range(0, repeat).Select(i => new RespondentActivity(2 + (i % 3), i < advocatesAmongRepeat)),
    ];

    [Fact]
    public void Shares_of_the_three_levels()
    {
        // 10 respondents: 6 one-day, 4 repeat; advocates 1 + 1 = 2 → 60 / 40 / 20 → pyramid
        var p = AdvocacyProfile.Compute(Respondents(6, 4, 1, 1));

        p.Respondents.Should().Be(10);
        (p.InitialCount, p.LoyaltyCount, p.AdvocacyCount).Should().Be((6L, 4L, 2L));
        p.Initial.Should().Be(60);
        p.Loyalty.Should().Be(40);
        p.Advocacy.Should().Be(20);
        p.Shape.Should().Be(AdvocacyShapes.Pyramid);
    }

    [Theory]
    // 70 / 30 / 50: loyalty narrowest
    [InlineData(7, 3, 5, AdvocacyShapes.Hourglass)]
    // 30 / 70 / 20: loyalty widest
    [InlineData(3, 7, 2, AdvocacyShapes.Hexagon)]
    // 20 / 80 / 90: strictly growing
    [InlineData(2, 8, 9, AdvocacyShapes.InvertedPyramid)]
    // 80 / 20 / 10: strictly shrinking
    [InlineData(8, 2, 1, AdvocacyShapes.Pyramid)]
    // ties: 50 / 50 / 10 → loyalty tied widest → hexagon
    [InlineData(5, 5, 1, AdvocacyShapes.Hexagon)]
    // 50 / 50 / 90 → loyalty tied narrowest → hourglass
    [InlineData(5, 5, 9, AdvocacyShapes.Hourglass)]
    // 60 / 40 / 40 → loyalty tied narrowest → hourglass
    [InlineData(6, 4, 4, AdvocacyShapes.Hourglass)]
    // 40 / 60 / 60 → loyalty tied widest → hexagon
    [InlineData(4, 6, 6, AdvocacyShapes.Hexagon)]
    // 50 / 50 / 50 → all equal → hexagon
    [InlineData(5, 5, 5, AdvocacyShapes.Hexagon)]
    public void Shape_by_the_three_counts(int initial, int loyalty, int advocacy, string expected)
    {
        AdvocacyProfile.ShapeOf(initial, loyalty, advocacy).Should().Be(expected);
    }

    [Fact]
    public void Computed_shape_uses_the_respondent_counts()
    {
        // 3 one-day, 7 repeat, 2 advocates → 30 / 70 / 20 → hexagon
        AdvocacyProfile.Compute(Respondents(3, 7, 0, 2)).Shape.Should().Be(AdvocacyShapes.Hexagon);
    }

    [Fact]
    public void No_respondents_is_no_profile()
    {
        AdvocacyProfile.Compute([]).Should().Be(new AdvocacyProfile(0, 0, 0, 0, null, null, null, null));
    }

    [Fact]
    public void A_respondent_without_a_response_day_is_rejected()
    {
        var act = () => AdvocacyProfile.Compute([new RespondentActivity(0, false)]);

        act.Should().Throw<ArgumentException>();
    }
}
