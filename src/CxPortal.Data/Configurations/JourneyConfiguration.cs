using CxPortal.Domain.Journeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class JourneyConfiguration : IEntityTypeConfiguration<Journey>
{
    public void Configure(EntityTypeBuilder<Journey> b)
    {
        b.Property(x => x.Code).HasMaxLength(Limits.Code);
        b.Property(x => x.Name).HasMaxLength(Limits.Name);
        b.Property(x => x.Description).HasMaxLength(Limits.Text);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasMany(x => x.Steps).WithOne(x => x.Journey).HasForeignKey(x => x.JourneyId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
