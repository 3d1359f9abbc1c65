using System.Net;
using System.Text.Json;
using CxPortal.Data;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CxPortal.Web.Tests;

public class StartupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_app_starts_migrated_with_reference_data_and_reports_healthy(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        var client = app.CreateClient();

        var live = await client.GetAsync("/healthz", Ct);
        var ready = await client.GetAsync("/readyz", Ct);

        live.StatusCode.Should().Be(HttpStatusCode.OK);
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        var readiness = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(Ct)).RootElement;
        readiness.GetProperty("status").GetString().Should().Be("Healthy");
        readiness.GetProperty("checks")[0].GetProperty("description").GetString().Should().Contain("migrations applied");

        await using var db = app.Database.CreateContext();
        (await db.SurveyScales.Select(s => s.Code).OrderBy(c => c).ToListAsync(Ct)).Should().Equal("ces7", "csat10", "csat5", "nps");
        (await db.Stages.OrderBy(s => s.Position).Select(s => s.Code).ToListAsync(Ct))
            .Should().Equal("awareness", "consideration", "decision", "retention");
        (await db.Channels.CountAsync(Ct)).Should().Be(10);
        (await db.ScoringSettings.SingleAsync(Ct)).ConfidenceLevel.Should().Be(0.95);
        (await db.Journeys.AnyAsync(Ct)).Should().BeFalse("demo data is off");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Readiness_fails_while_a_migration_is_not_applied(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider);
        await using (var db = app.Database.CreateContext())
        {
            // Forget the last migration, as if this build were newer than the database.
            var last = db.Database.GetMigrations().Last();
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE migration_id = {last}", Ct);
        }

        var ready = await app.CreateClient().GetAsync("/readyz", Ct);

        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await ready.Content.ReadAsStringAsync(Ct)).Should().Contain("not applied");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Demo_data_is_seeded_once_into_an_empty_database_and_listed_on_the_overview(DatabaseProvider provider)
    {
        await using var app = await CxPortalApp.StartAsync(provider, demo: true);

        var html = await (await app.ClientAsAsync(CxPortal.Data.Accounts.Roles.CxManager)).GetStringAsync("/", Ct);

        html.Should().Contain("Product launch").And.Contain("B2B sales").And.Contain("Air travel");
        await using var db = app.Database.CreateContext();
        var journeys = await db.Journeys.Select(j => new { j.Code, Steps = j.Steps.Count }).OrderBy(j => j.Code).ToListAsync(Ct);
        journeys.Should().Equal(new { Code = "air-travel", Steps = 14 }, new { Code = "b2b-sales", Steps = 8 }, new { Code = "product-launch", Steps = 5 });
        var responses = await db.Responses.CountAsync(Ct);
        responses.Should().BeGreaterThan(50_000);
        (await db.ScoreCounts.SumAsync(c => (long)c.Count, Ct)).Should().Be(responses);

        // A second start on the same database adds nothing.
        await app.Services.GetRequiredService<Infrastructure.DatabaseInitialiser>().InitialiseAsync(Ct);
        (await db.Responses.CountAsync(Ct)).Should().Be(responses);
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_fails_with_a_clear_message()
    {
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Postgres"] = null };
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var factory = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            b.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(settings)));

        var start = () => factory.Server;

        start.Should().Throw<InvalidOperationException>().WithMessage("*ConnectionStrings:Postgres is not set*");
        await factory.DisposeAsync();
    }
}
