using CxPortal.Web.Components.Pages.Dashboards.Parts;
using CxPortal.Web.Features.Scores;

namespace CxPortal.Web.Tests.Dashboards;

/// <summary>The dashboards' filter: read from and written to the URL with the API's names and rules.</summary>
public class DashboardFilterTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Fact]
    public void Without_values_in_the_url_the_filter_is_the_last_90_days_and_links_carry_nothing()
    {
        DashboardFilter.TryParse(null, null, null, Today, out var filter, out var error).Should().BeTrue(error);

        filter!.From.Should().Be(new DateOnly(2026, 9, 2));
        filter.To.Should().Be(Today);
        filter.Days.Should().Be(90);
        filter.Preset(Today).Should().Be(90);
        filter.Link("/journeys/product-launch", Today).Should().Be("/journeys/product-launch");
    }

    [Fact]
    public void A_custom_window_and_segments_go_into_links_and_read_back_the_same()
    {
        var filter = new DashboardFilter(new(2026, 9, 1), new(2026, 9, 30), [new("region", "EMEA"), new("product", "phone & case")]);

        var link = filter.Link("/journeys/b2b-sales/compare", Today, ("dimension", "region"), ("figure", null));

        link.Should().Be("/journeys/b2b-sales/compare?from=2026-09-01&to=2026-09-30&segment=region%3AEMEA&segment=product%3Aphone%20%26%20case&dimension=region");
        filter.Preset(Today).Should().BeNull("it does not end today");
        DashboardFilter.TryParse("2026-09-01", "2026-09-30", ["region:EMEA", "product:phone & case"], Today, out var back, out _).Should().BeTrue();
        back.Should().BeEquivalentTo(filter);
    }

    [Fact]
    public void Presets_are_the_windows_of_30_90_and_365_days_ending_today()
    {
        DashboardFilter.LastDays(Today, 30).Preset(Today).Should().Be(30);
        DashboardFilter.LastDays(Today, 365).Preset(Today).Should().Be(365);
        DashboardFilter.LastDays(Today, 365).Link("/", Today).Should().Be("/?from=2025-12-01&to=2026-11-30");
        DashboardFilter.LastDays(Today, 31).Preset(Today).Should().BeNull();
        DashboardFilter.LastDays(Today.AddDays(-1), 30).Preset(Today).Should().BeNull();
    }

    [Fact]
    public void Segments_are_added_once_and_removed_and_the_query_values_drop_what_is_default()
    {
        var emea = new SegmentSelection("region", "EMEA");
        var filter = DashboardFilter.Default(Today).With(emea).With(emea);

        filter.Segments.Should().Equal(emea);
        filter.QueryValues(Today).Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["from"] = null, ["to"] = null, ["segment"] = new[] { "region:EMEA" },
        });
        filter.Without(emea).Segments.Should().BeEmpty();
        filter.Without(emea).QueryValues(Today)["segment"].Should().BeNull();
    }

    [Theory]
    [InlineData("2026-13-01", null, null, "'from' must be a date in the form yyyy-MM-dd, e.g. 2026-01-31; got '2026-13-01'.")]
    [InlineData("2026-10-02", "2026-10-01", null, "'from' (2026-10-02) is after 'to' (2026-10-01).")]
    [InlineData(null, null, "EMEA", "segment must be dimension:value, e.g. region:EMEA; got 'EMEA'.")]
    public void A_url_the_api_would_refuse_is_refused_with_the_apis_words(string? from, string? to, string? segment, string message)
    {
        DashboardFilter.TryParse(from, to, segment is null ? null : [segment], Today, out var filter, out var error).Should().BeFalse();

        filter.Should().BeNull();
        error.Should().Be(message);
    }
}
