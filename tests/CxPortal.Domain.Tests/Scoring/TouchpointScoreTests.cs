using CxPortal.Domain.Scoring;

namespace CxPortal.Domain.Tests.Scoring;

public class TouchpointScoreTests
{
    [Theory]
    // .5·8 + .5·4 = 6
    [InlineData(8.0, 4.0, 0.5, 6.0)]
    // .25·8 + .75·4 = 2 + 3 = 5
    [InlineData(8.0, 4.0, 0.25, 5.0)]
    [InlineData(8.0, 4.0, 0.0, 4.0)]
    [InlineData(8.0, 4.0, 1.0, 8.0)]
    // only one side: that side, whatever w
    [InlineData(8.0, null, 0.5, 8.0)]
    [InlineData(8.0, null, 0.0, 8.0)]
    [InlineData(null, 4.0, 0.5, 4.0)]
    [InlineData(null, 4.0, 1.0, 4.0)]
    public void Combines_relationship_and_operational(double? r, double? o, double w, double expected)
    {
        TouchpointScore.Combine(r, o, w).Should().Be(expected);
    }

    [Fact]
    public void Neither_side_is_no_score()
    {
        TouchpointScore.Combine(null, null, 0.5).Should().BeNull();
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void The_relationship_weight_must_be_0_to_1(double w)
    {
        var act = () => TouchpointScore.Combine(5, 5, w);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
