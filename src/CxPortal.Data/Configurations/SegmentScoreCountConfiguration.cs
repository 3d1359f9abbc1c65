using CxPortal.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class SegmentScoreCountConfiguration : IEntityTypeConfiguration<SegmentScoreCount>
{
    public void Configure(EntityTypeBuilder<SegmentScoreCount> b)
    {
        b.HasKey(x => new { x.SubjectKind, x.SubjectId, x.SegmentValueId, x.Day, x.ScaleId, x.Score });
        b.ToTable(t => t.HasCheckConstraint("ck_segment_score_counts_count", "count >= 0"));
        // No foreign keys (see ScoreCountConfiguration): responses and response_segments hold the keys.
    }
}
