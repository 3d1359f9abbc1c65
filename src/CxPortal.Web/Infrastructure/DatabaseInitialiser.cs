using CxPortal.Data;
using CxPortal.Web.Features.Accounts;
using CxPortal.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxPortal.Web.Infrastructure;

/// <summary>Start-up: migrations, reference data, then demo data into an empty database.</summary>
public sealed class DatabaseInitialiser(
    IDbContextFactory<CxPortalDbContext> contexts,
    DatabaseOptions database,
    IOptions<DemoOptions> demo,
    DemoDataSeeder demoSeeder,
    AccountBootstrapper accounts,
    ILogger<DatabaseInitialiser> logger)
{
    public async Task InitialiseAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (database.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(ct);
            if (!db.IsPostgres)
            {
                // Readers keep reading while an import writes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }
        }
        await ReferenceData.EnsureAsync(db, ct);
        await accounts.EnsureAsync(ct);

        if (demo.Value.Seed && !await db.Touchpoints.AnyAsync(ct) && !await db.Responses.AnyAsync(ct))
        {
            logger.LogInformation("Empty database: seeding demo data");
            var summary = await demoSeeder.SeedAsync(db, ct);
            logger.LogInformation("Demo data seeded: {Journeys} journeys, {Touchpoints} touchpoints, {Responses} responses",
                summary.Journeys, summary.Touchpoints, summary.Responses);
        }
    }
}
