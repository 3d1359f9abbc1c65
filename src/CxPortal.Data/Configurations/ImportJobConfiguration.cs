using CxPortal.Data.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.Property(x => x.Kind).HasMaxLength(32);
        b.Property(x => x.Format).HasMaxLength(16);
        b.Property(x => x.State).HasConversion<LowercaseEnumConverter<ImportJobState>>().HasMaxLength(16);
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.UploadPath).HasMaxLength(1024);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.HasIndex(x => x.CreatedAt);
    }
}
