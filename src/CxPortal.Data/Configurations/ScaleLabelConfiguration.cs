using CxPortal.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class ScaleLabelConfiguration : IEntityTypeConfiguration<ScaleLabel>
{
    public void Configure(EntityTypeBuilder<ScaleLabel> b)
    {
        b.HasKey(x => new { x.ScaleId, x.Value });
        b.Property(x => x.Text).HasMaxLength(Limits.Name);
    }
}
