using Npgsql;

namespace CxPortal.Data.Tests;

/// <summary>The pool settings the app adds to a PostgreSQL connection string, and that an operator's own choice wins.</summary>
public class ConnectionTuningTests
{
    [Fact]
    public void A_plain_connection_string_gets_prepared_statements_and_no_pool_reset()
    {
        var tuned = new NpgsqlConnectionStringBuilder(
            CxPortalDatabase.TunePostgresConnection("Host=db;Username=cx;Password=secret;Database=cxportal"));

        tuned.MaxAutoPrepare.Should().Be(64);
        tuned.NoResetOnClose.Should().BeTrue();
        tuned.Host.Should().Be("db");
        tuned.Password.Should().Be("secret", "the rest of the string is kept");
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;MaxAutoPrepare=0;NoResetOnClose=false")]
    public void Settings_the_operator_gave_are_kept(string given)
    {
        var tuned = new NpgsqlConnectionStringBuilder(CxPortalDatabase.TunePostgresConnection(given));

        tuned.MaxAutoPrepare.Should().Be(0);
        tuned.NoResetOnClose.Should().BeFalse();
    }
}
