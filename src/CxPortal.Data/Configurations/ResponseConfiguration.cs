using CxPortal.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class ResponseConfiguration : IEntityTypeConfiguration<Response>
{
    public void Configure(EntityTypeBuilder<Response> b)
    {
        b.ToTable(t => t.HasCheckConstraint(
            "ck_responses_touchpoint_xor_journey", "(touchpoint_id IS NULL) <> (journey_id IS NULL)"));
        b.Ignore(x => x.SubjectKind);
        b.Ignore(x => x.SubjectId);
        b.Property(x => x.ExternalId).HasMaxLength(Limits.ExternalId);
        b.Property(x => x.RespondentId).HasMaxLength(Limits.Respondent);
        b.Property(x => x.Comment).HasMaxLength(Limits.Comment);
        b.HasIndex(x => x.ExternalId).IsUnique();

        // Survey data is never deleted as a side effect: deleting a rated touchpoint, journey or
        // scale fails instead of cascading.
        b.HasOne(x => x.Touchpoint).WithMany().HasForeignKey(x => x.TouchpointId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Journey).WithMany().HasForeignKey(x => x.JourneyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Scale).WithMany().HasForeignKey(x => x.ScaleId).OnDelete(DeleteBehavior.Restrict);

        // Respondent-level reads (drivers, advocacy profile, comments, multi-segment filters) are
        // bounded by subject and day; the scorecards themselves read the count tables.
        b.HasIndex(x => new { x.TouchpointId, x.Day });
        b.HasIndex(x => new { x.JourneyId, x.Day });
        b.HasIndex(x => x.RespondentId);
        // The latest comments of a subject: only the few rows with a comment, so the read fetches
        // those instead of every response of the window (the benchmark's touchpoint view).
        b.HasIndex(x => new { x.TouchpointId, x.Day }, "ix_responses_touchpoint_id_day_commented")
            .HasDatabaseName("ix_responses_touchpoint_id_day_commented")
            .HasFilter("comment IS NOT NULL AND comment <> ''");
        b.HasIndex(x => new { x.JourneyId, x.Day }, "ix_responses_journey_id_day_commented")
            .HasDatabaseName("ix_responses_journey_id_day_commented")
            .HasFilter("comment IS NOT NULL AND comment <> ''");
        b.HasMany(x => x.Segments).WithOne().HasForeignKey(x => x.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}
