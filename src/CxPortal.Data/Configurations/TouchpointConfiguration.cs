using CxPortal.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class TouchpointConfiguration : IEntityTypeConfiguration<Touchpoint>
{
    public void Configure(EntityTypeBuilder<Touchpoint> b)
    {
        b.ToTable(t =>
        {
            t.HasCheckConstraint("ck_touchpoints_weight", "weight >= 0");
            t.HasCheckConstraint("ck_touchpoints_relationship_weight", "relationship_weight >= 0 AND relationship_weight <= 1");
        });
        b.Property(x => x.Code).HasMaxLength(Limits.Code);
        b.Property(x => x.Name).HasMaxLength(Limits.Name);
        b.Property(x => x.Description).HasMaxLength(Limits.Text);
        b.Property(x => x.Owner).HasMaxLength(Limits.Name);
        b.Property(x => x.OperationalPurpose).HasMaxLength(Limits.Text);
        b.Property(x => x.RelationshipPurpose).HasMaxLength(Limits.Text);
        b.Property(x => x.TrackingMode).HasConversion<LowercaseEnumConverter<TrackingMode>>().HasMaxLength(16);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasOne(x => x.Stage).WithMany().HasForeignKey(x => x.StageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Channel).WithMany().HasForeignKey(x => x.ChannelId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Metrics).WithOne(x => x.Touchpoint).HasForeignKey(x => x.TouchpointId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
