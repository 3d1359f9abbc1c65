using CxPortal.Web.Features.Configuration;

namespace CxPortal.Web.Tests.Inventory;

public class ScalePreviewTests
{
    private static ScaleInput Scale(string kind, int min, int max, int satisfied, int topBox, Dictionary<string, string>? labels = null) =>
        new() { Kind = kind, Min = min, Max = max, SatisfiedMin = satisfied, TopBoxMin = topBox, Labels = labels };

    [Fact]
    public void A_1_to_7_csat_scale_counts_5_to_7_satisfied_6_to_7_very_satisfied_and_has_no_nps()
    {
        var points = ScalePreview.Of(Scale("csat", 1, 7, 5, 6, new() { ["1"] = "Very difficult", ["7"] = "Very easy" }));

        points.Select(p => p.Score).Should().Equal(1, 2, 3, 4, 5, 6, 7);
        points.Where(p => p.Satisfied).Select(p => p.Score).Should().Equal(5, 6, 7);
        points.Where(p => p.VerySatisfied).Select(p => p.Score).Should().Equal(6, 7);
        points.Should().OnlyContain(p => p.Nps == null, "NPS is computed on nps scales only");
        points.Select(p => p.Normalised).Should().Equal(0, 10.0 / 6, 20.0 / 6, 5, 40.0 / 6, 50.0 / 6, 10);
        points[0].Label.Should().Be("Very difficult");
        points[6].Label.Should().Be("Very easy");
        points[3].Label.Should().BeEmpty();
    }

    [Fact]
    public void On_the_0_to_10_nps_scale_9_and_10_promote_and_0_to_6_detract()
    {
        var points = ScalePreview.Of(Scale("nps", 0, 10, 9, 9));

        points.Where(p => p.Nps == "promoter").Select(p => p.Score).Should().Equal(9, 10);
        points.Where(p => p.Nps == "passive").Select(p => p.Score).Should().Equal(7, 8);
        points.Where(p => p.Nps == "detractor").Select(p => p.Score).Should().Equal(0, 1, 2, 3, 4, 5, 6);
    }

    [Fact]
    public void An_nps_scale_of_1_to_7_detracts_up_to_the_six_tenths_line()
    {
        // Detractor: normalised ≤ 6, i.e. score ≤ 1 + 0.6·6 = 4.6 → 1–4.
        var points = ScalePreview.Of(Scale("nps", 1, 7, 6, 7));

        points.Where(p => p.Nps == "detractor").Select(p => p.Score).Should().Equal(1, 2, 3, 4);
        points.Where(p => p.Nps == "passive").Select(p => p.Score).Should().Equal(5);
        points.Where(p => p.Nps == "promoter").Select(p => p.Score).Should().Equal(6, 7);
    }

    [Theory]
    [InlineData(7, 1, 5, 6)] // max under min
    [InlineData(1, 7, 8, 8)] // satisfied-from outside the range
    [InlineData(1, 7, 5, 4)] // top box under satisfied
    public void An_invalid_range_or_threshold_has_no_preview(int min, int max, int satisfied, int topBox) =>
        ScalePreview.Of(Scale("csat", min, max, satisfied, topBox)).Should().BeEmpty();

    [Fact]
    public void An_unknown_kind_has_no_preview() =>
        ScalePreview.Of(Scale("stars", 1, 5, 4, 5)).Should().BeEmpty();
}
