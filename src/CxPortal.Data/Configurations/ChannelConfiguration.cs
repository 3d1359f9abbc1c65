using CxPortal.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> b)
    {
        b.Property(x => x.Code).HasMaxLength(Limits.Code);
        b.Property(x => x.Name).HasMaxLength(Limits.Name);
        b.HasIndex(x => x.Code).IsUnique();
    }
}
