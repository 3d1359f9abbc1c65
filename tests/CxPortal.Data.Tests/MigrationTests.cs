using CxPortal.Data;
using CxPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Data.Tests;

public class MigrationTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public void Model_has_no_changes_missing_from_the_providers_migrations(DatabaseProvider provider)
    {
        // Comparing the model with the migrations' snapshot needs no server.
        var connection = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=none";
        using var db = new CxPortalDbContext(CxPortalDatabase.Options(provider, connection));

        db.Database.HasPendingModelChanges().Should().BeFalse(
            $"the model changed without a migration: run scripts/add-migration.sh <Name> ({provider})");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Migrations_apply_to_an_empty_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        (await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken))
            .Should().Equal(db.Database.GetMigrations());
        (await db.Responses.CountAsync(TestContext.Current.CancellationToken)).Should().Be(0);
        (await db.ScoreCounts.CountAsync(TestContext.Current.CancellationToken)).Should().Be(0);
        (await db.Users.CountAsync(TestContext.Current.CancellationToken)).Should().Be(0);
    }
}
