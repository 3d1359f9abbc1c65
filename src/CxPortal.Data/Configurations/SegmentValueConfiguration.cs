using CxPortal.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class SegmentValueConfiguration : IEntityTypeConfiguration<SegmentValue>
{
    public void Configure(EntityTypeBuilder<SegmentValue> b)
    {
        b.Property(x => x.Value).HasMaxLength(Limits.SegmentValue);
        b.HasIndex(x => new { x.DimensionId, x.Value }).IsUnique();
        // Target of response_segments' composite foreign key: a value always belongs to the dimension it is filed under.
        b.HasAlternateKey(x => new { x.DimensionId, x.Id });
    }
}
