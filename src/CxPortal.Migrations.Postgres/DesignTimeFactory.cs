using CxPortal.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace CxPortal.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model; adding a migration never connects.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CxPortalDbContext>
{
    public CxPortalDbContext CreateDbContext(string[] args) =>
        new(CxPortalDatabase.Options(DatabaseProvider.Postgres, "Host=localhost;Database=cxportal_design"));
}
