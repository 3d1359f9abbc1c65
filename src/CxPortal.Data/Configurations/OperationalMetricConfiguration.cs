using CxPortal.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class OperationalMetricConfiguration : IEntityTypeConfiguration<OperationalMetric>
{
    public void Configure(EntityTypeBuilder<OperationalMetric> b)
    {
        b.ToTable(t => t.HasCheckConstraint("ck_operational_metrics_target_not_worst", "target <> worst"));
        b.Property(x => x.Code).HasMaxLength(Limits.Code);
        b.Property(x => x.Name).HasMaxLength(Limits.Name);
        b.Property(x => x.Unit).HasMaxLength(32);
        b.Property(x => x.Direction).HasConversion<LowercaseEnumConverter<MetricDirection>>().HasMaxLength(24);
        b.HasIndex(x => new { x.TouchpointId, x.Code }).IsUnique();
        // Measurements are operational data: a metric that has them cannot vanish with its touchpoint.
        b.HasMany(x => x.Measurements).WithOne(x => x.Metric).HasForeignKey(x => x.MetricId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
