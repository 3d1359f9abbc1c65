using CxPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class ScoringSettingsConfiguration : IEntityTypeConfiguration<ScoringSettings>
{
    public void Configure(EntityTypeBuilder<ScoringSettings> b)
    {
        b.ToTable(t =>
        {
            t.HasCheckConstraint("ck_scoring_settings_singleton", "id = 1");
            t.HasCheckConstraint("ck_scoring_settings_bands", "critical_below <= weak_below");
            t.HasCheckConstraint("ck_scoring_settings_confidence", "confidence_level > 0.5 AND confidence_level < 1");
        });
        b.Property(x => x.Id).ValueGeneratedNever();
    }
}
