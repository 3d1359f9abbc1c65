using CxPortal.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CxPortal.Web.Infrastructure;

/// <summary>
/// Tells constraint violations apart on both providers, for the race that a check-then-write
/// cannot close (two admins saving the same code at once, a response arriving during a delete).
/// </summary>
public static class DbErrors
{
    private const int SqliteConstraint = 19;

    /// <summary>A unique or foreign-key violation, thrown directly (ExecuteDelete) or wrapped (SaveChanges).</summary>
    public static bool IsConstraintViolation(Exception exception) =>
        (exception as PostgresException ?? exception.InnerException as PostgresException) is { } pg
            ? pg.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation
            : (exception as SqliteException ?? exception.InnerException as SqliteException) is { } sqlite
              && sqlite.SqliteErrorCode == SqliteConstraint;

    /// <summary>Saves; false when a constraint stopped it (a race the checks before the save could not see).</summary>
    public static async Task<bool> TrySaveAsync(CxPortalDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (IsConstraintViolation(e))
        {
            return false;
        }
    }
}
