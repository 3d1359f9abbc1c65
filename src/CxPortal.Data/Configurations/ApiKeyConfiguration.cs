using CxPortal.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.Property(x => x.Name).HasMaxLength(Limits.Name);
        b.Property(x => x.Scope).HasMaxLength(16);
        b.Property(x => x.Prefix).HasMaxLength(16);
        b.Property(x => x.SecretHash).HasMaxLength(64);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.HasIndex(x => x.SecretHash).IsUnique();
    }
}
