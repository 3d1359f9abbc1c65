namespace CxPortal.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
