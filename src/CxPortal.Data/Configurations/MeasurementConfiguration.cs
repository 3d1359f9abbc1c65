using CxPortal.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> b)
    {
        b.ToTable(t => t.HasCheckConstraint("ck_measurements_period", "period_end >= period_start"));
        b.HasIndex(x => new { x.MetricId, x.PeriodStart, x.PeriodEnd }).IsUnique();
    }
}
