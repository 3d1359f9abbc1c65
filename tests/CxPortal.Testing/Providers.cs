using CxPortal.Data;
using Xunit;

namespace CxPortal.Testing;

/// <summary>Theory data: every test that takes it runs once per database provider.</summary>
public sealed class Providers : TheoryData<DatabaseProvider>
{
    public Providers()
    {
        Add(DatabaseProvider.Sqlite);
        Add(DatabaseProvider.Postgres);
    }
}
