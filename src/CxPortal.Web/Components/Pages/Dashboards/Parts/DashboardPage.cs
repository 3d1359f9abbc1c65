using CxPortal.Web.Features.Scores;
using Microsoft.AspNetCore.Components;

namespace CxPortal.Web.Components.Pages.Dashboards.Parts;

/// <summary>
/// A dashboard page: reads the filter from the URL, loads its data for it (again whenever the URL
/// changes), and turns a bad filter or an unknown segment dimension into a message in words.
/// </summary>
public abstract class DashboardPage : ComponentBase
{
    [Inject] protected NavigationManager Navigation { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "from")] public string? FromText { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string? ToText { get; set; }
    [SupplyParameterFromQuery(Name = "segment")] public string[]? SegmentTexts { get; set; }

    protected DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    protected DashboardFilter Filter { get; private set; } = null!;

    /// <summary>Why the page shows no data: a filter it cannot read, said so the user can fix it.</summary>
    protected string? Problem { get; private set; }

    protected bool Loading { get; private set; } = true;

    protected override Task OnParametersSetAsync() => RefreshAsync();

    /// <summary>Reads the filter and the page's data again, e.g. after the page saved something.</summary>
    protected async Task RefreshAsync()
    {
        Loading = true;
        Problem = null;
        if (!DashboardFilter.TryParse(FromText, ToText, SegmentTexts, Today, out var filter, out var error))
        {
            Filter = DashboardFilter.Default(Today);
            Problem = $"The filter in the address could not be used: {error} Pick a period above to continue.";
            Loading = false;
            return;
        }

        Filter = filter;
        try
        {
            await LoadAsync();
        }
        catch (ScoreQueryException e)
        {
            Problem = $"{e.Message} Remove that segment from the filter to continue.";
        }
        finally
        {
            Loading = false;
        }
    }

    /// <summary>Reads the page's data for <see cref="Filter"/>.</summary>
    protected abstract Task LoadAsync();

    /// <summary>A dashboard link that keeps the current filter.</summary>
    protected string Link(string path) => Filter.Link(path, Today);

    /// <summary>A dashboard link that keeps the current filter and adds page parameters (null ones left out).</summary>
    protected string LinkWith(string path, params (string Name, string? Value)[] extra) => Filter.Link(path, Today, extra);
}
