using CxPortal.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class ScoreCountConfiguration : IEntityTypeConfiguration<ScoreCount>
{
    public void Configure(EntityTypeBuilder<ScoreCount> b)
    {
        // Key order serves the scorecard read: subject equality, then a day range.
        b.HasKey(x => new { x.SubjectKind, x.SubjectId, x.Day, x.ScaleId, x.Score });
        b.ToTable(t => t.HasCheckConstraint("ck_score_counts_count", "count >= 0"));
        // No foreign keys: counts are derived from responses, whose own keys already guarantee the
        // scale exists, and a key here costs a trigger call per new cell on every import (ADR-003).
    }
}
