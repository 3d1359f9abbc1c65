using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CxPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CommentedResponsesIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_responses_journey_id_day_commented",
                table: "responses",
                columns: new[] { "journey_id", "day" },
                filter: "comment IS NOT NULL AND comment <> ''");

            migrationBuilder.CreateIndex(
                name: "ix_responses_touchpoint_id_day_commented",
                table: "responses",
                columns: new[] { "touchpoint_id", "day" },
                filter: "comment IS NOT NULL AND comment <> ''");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_responses_journey_id_day_commented",
                table: "responses");

            migrationBuilder.DropIndex(
                name: "ix_responses_touchpoint_id_day_commented",
                table: "responses");
        }
    }
}
