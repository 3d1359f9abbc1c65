using CxPortal.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class ResponseSegmentConfiguration : IEntityTypeConfiguration<ResponseSegment>
{
    public void Configure(EntityTypeBuilder<ResponseSegment> b)
    {
        // One value per dimension per response, and the value must belong to that dimension.
        b.HasKey(x => new { x.ResponseId, x.DimensionId });
        b.HasOne(x => x.SegmentValue).WithMany()
            .HasForeignKey(x => new { x.DimensionId, x.SegmentValueId })
            .HasPrincipalKey(x => new { x.DimensionId, x.Id })
            .OnDelete(DeleteBehavior.Restrict);
    }
}
