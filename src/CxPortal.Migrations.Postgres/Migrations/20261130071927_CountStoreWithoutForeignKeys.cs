using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CxPortal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CountStoreWithoutForeignKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_score_counts_survey_scales_scale_id",
                table: "score_counts");

            migrationBuilder.DropForeignKey(
                name: "fk_segment_score_counts_segment_values_segment_value_id",
                table: "segment_score_counts");

            migrationBuilder.DropForeignKey(
                name: "fk_segment_score_counts_survey_scales_scale_id",
                table: "segment_score_counts");

            migrationBuilder.DropIndex(
                name: "ix_segment_score_counts_scale_id",
                table: "segment_score_counts");

            migrationBuilder.DropIndex(
                name: "ix_segment_score_counts_segment_value_id",
                table: "segment_score_counts");

            migrationBuilder.DropIndex(
                name: "ix_score_counts_scale_id",
                table: "score_counts");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_segment_score_counts_scale_id",
                table: "segment_score_counts",
                column: "scale_id");

            migrationBuilder.CreateIndex(
                name: "ix_segment_score_counts_segment_value_id",
                table: "segment_score_counts",
                column: "segment_value_id");

            migrationBuilder.CreateIndex(
                name: "ix_score_counts_scale_id",
                table: "score_counts",
                column: "scale_id");

            migrationBuilder.AddForeignKey(
                name: "fk_score_counts_survey_scales_scale_id",
                table: "score_counts",
                column: "scale_id",
                principalTable: "survey_scales",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_segment_score_counts_segment_values_segment_value_id",
                table: "segment_score_counts",
                column: "segment_value_id",
                principalTable: "segment_values",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_segment_score_counts_survey_scales_scale_id",
                table: "segment_score_counts",
                column: "scale_id",
                principalTable: "survey_scales",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
