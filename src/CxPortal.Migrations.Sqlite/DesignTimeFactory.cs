using CxPortal.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace CxPortal.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model; used by scripts/add-migration.sh only.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CxPortalDbContext>
{
    public CxPortalDbContext CreateDbContext(string[] args) =>
        new(CxPortalDatabase.Options(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
