using CxPortal.Data.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class ImportMappingConfiguration : IEntityTypeConfiguration<ImportMapping>
{
    public void Configure(EntityTypeBuilder<ImportMapping> b)
    {
        b.Property(x => x.Name).HasMaxLength(Limits.Name);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.HasIndex(x => x.Name).IsUnique();
    }
}
