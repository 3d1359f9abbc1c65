using System.Net;
using CxPortal.Data;
using CxPortal.Data.Accounts;
using CxPortal.Testing;
using CxPortal.Web.Features.Journeys;

namespace CxPortal.Web.Tests.Inventory;

public class JourneyDraftTests
{
    private static JourneyDraft Draft(params string[] steps) =>
        new(new JourneyDetails("launch", "Launch", "", steps, DateTime.UtcNow, DateTime.UtcNow));

    [Fact]
    public void Steps_move_up_and_down_and_stay_put_at_the_ends()
    {
        var draft = Draft("a", "b", "c");

        draft.MoveUp(2);
        draft.Steps.Should().Equal("a", "c", "b");
        draft.MoveDown(0);
        draft.Steps.Should().Equal("c", "a", "b");
        draft.MoveUp(0);
        draft.MoveDown(2);
        draft.MoveUp(7);
        draft.Steps.Should().Equal(["c", "a", "b"], "the first cannot go up, the last cannot go down, and no step 8 exists");
    }

    [Fact]
    public void A_touchpoint_is_added_once_and_removing_closes_the_gap()
    {
        var draft = Draft("a", "b");

        draft.Add("c").Should().BeTrue();
        draft.Add("a").Should().BeFalse("a journey lists each touchpoint once");
        draft.RemoveAt(0);
        draft.RemoveAt(5);

        draft.Steps.Should().Equal("b", "c");
        draft.ToInput().Steps.Should().Equal("b", "c");
        draft.ToInput().Code.Should().Be("launch");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_code_manage_is_refused_because_the_builder_page_uses_it(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);

        var problem = await app.ClientAs(Roles.SalesLead).Post("/api/journeys", new { code = "manage", name = "Manage", steps = Array.Empty<string>() })
            .Expect(HttpStatusCode.BadRequest);

        problem.ErrorsOf("code").Should().Equal("Code 'manage' is taken by the page /journeys/manage; choose another.");
    }
}
