using CxPortal.Domain.Journeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class JourneyStepConfiguration : IEntityTypeConfiguration<JourneyStep>
{
    public void Configure(EntityTypeBuilder<JourneyStep> b)
    {
        b.HasKey(x => new { x.JourneyId, x.Position });
        b.ToTable(t => t.HasCheckConstraint("ck_journey_steps_position", "position >= 0"));
        // A touchpoint appears once in a journey; its score is counted once in the index.
        b.HasIndex(x => new { x.JourneyId, x.TouchpointId }).IsUnique();
        b.HasIndex(x => x.TouchpointId);
        b.HasOne(x => x.Touchpoint).WithMany().HasForeignKey(x => x.TouchpointId).OnDelete(DeleteBehavior.Cascade);
    }
}
