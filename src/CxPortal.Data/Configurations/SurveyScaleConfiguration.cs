using CxPortal.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPortal.Data.Configurations;

internal sealed class SurveyScaleConfiguration : IEntityTypeConfiguration<SurveyScale>
{
    public void Configure(EntityTypeBuilder<SurveyScale> b)
    {
        b.ToTable(t =>
        {
            t.HasCheckConstraint("ck_survey_scales_range", "min < max");
            t.HasCheckConstraint("ck_survey_scales_satisfied_min", "satisfied_min >= min AND satisfied_min <= max");
            t.HasCheckConstraint("ck_survey_scales_top_box_min", "top_box_min >= satisfied_min AND top_box_min <= max");
        });
        b.Property(x => x.Code).HasMaxLength(Limits.Code);
        b.Property(x => x.Name).HasMaxLength(Limits.Name);
        b.Property(x => x.Kind).HasConversion<LowercaseEnumConverter<ScaleKind>>().HasMaxLength(16);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasMany(x => x.Labels).WithOne().HasForeignKey(x => x.ScaleId).OnDelete(DeleteBehavior.Cascade);
    }
}
