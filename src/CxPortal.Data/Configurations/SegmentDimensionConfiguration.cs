using CxPortal.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class SegmentDimensionConfiguration : IEntityTypeConfiguration<SegmentDimension>
{
    public void Configure(EntityTypeBuilder<SegmentDimension> b)
    {
        b.Property(x => x.Code).HasMaxLength(Limits.Code);
        b.Property(x => x.Name).HasMaxLength(Limits.Name);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasMany(x => x.Values).WithOne(x => x.Dimension).HasForeignKey(x => x.DimensionId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
