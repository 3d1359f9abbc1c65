using CxPortal.Domain.Surveys;

namespace CxPortal.Domain.Tests;

public class BuiltInScalesTests
{
    [Theory]
    [InlineData("nps", 0, 10, 9, 9)]
    [InlineData("csat5", 1, 5, 4, 5)]
    [InlineData("csat10", 1, 10, 8, 9)]
    [InlineData("ces7", 1, 7, 5, 6)]
    public void Built_in_scales_match_the_design_table(string code, int min, int max, int satisfiedMin, int topBoxMin)
    {
        var scale = BuiltInScales.Create().Single(s => s.Code == code);

        scale.Min.Should().Be(min);
        scale.Max.Should().Be(max);
        scale.SatisfiedMin.Should().Be(satisfiedMin);
        scale.TopBoxMin.Should().Be(topBoxMin);
    }

    [Fact]
    public void Normalise_maps_every_scale_onto_0_to_10()
    {
        var csat5 = BuiltInScales.Create().Single(s => s.Code == "csat5");

        csat5.Normalise(1).Should().Be(0);
        csat5.Normalise(3).Should().Be(5);
        csat5.Normalise(5).Should().Be(10);
    }
}
