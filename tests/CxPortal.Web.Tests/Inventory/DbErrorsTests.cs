using CxPortal.Data;
using CxPortal.Domain.Touchpoints;
using CxPortal.Testing;
using CxPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Tests.Inventory;

/// <summary>The services map races they cannot check beforehand to 409; that rests on recognising the violation on both providers.</summary>
public class DbErrorsTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Unique_and_foreign_key_violations_are_recognised_and_other_failures_are_not(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            db.Stages.Add(new Stage { Code = "same", Name = "One", Position = 0 });
            await db.SaveChangesAsync(ApiJson.Ct);
        }

        Exception? unique = null, foreignKey = null;
        await using (var db = database.CreateContext())
        {
            db.Stages.Add(new Stage { Code = "same", Name = "Two", Position = 1 });
            unique = await Record.ExceptionAsync(() => db.SaveChangesAsync(ApiJson.Ct));
        }
        await using (var db = database.CreateContext())
        {
            var stage = await db.Stages.SingleAsync(ApiJson.Ct);
            db.Touchpoints.Add(new Touchpoint { Code = "t", Name = "T", StageId = stage.Id, ChannelId = 999_999 });
            foreignKey = await Record.ExceptionAsync(() => db.SaveChangesAsync(ApiJson.Ct));
        }

        unique.Should().BeOfType<DbUpdateException>();
        DbErrors.IsConstraintViolation(unique!).Should().BeTrue();
        foreignKey.Should().BeOfType<DbUpdateException>();
        DbErrors.IsConstraintViolation(foreignKey!).Should().BeTrue();
        DbErrors.IsConstraintViolation(new DbUpdateException("other", new InvalidOperationException())).Should().BeFalse();
        DbErrors.IsConstraintViolation(new TimeoutException()).Should().BeFalse();
    }
}
