using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CxPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    secret_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_used_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    entity_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    entity_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    details = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "channels",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_channels", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", nullable: true),
                    xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "import_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    file_size = table.Column<long>(type: "INTEGER", nullable: false),
                    dry_run = table.Column<bool>(type: "INTEGER", nullable: false),
                    skip_invalid = table.Column<bool>(type: "INTEGER", nullable: false),
                    mapping_json = table.Column<string>(type: "TEXT", nullable: true),
                    upload_path = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    rows_total = table.Column<long>(type: "INTEGER", nullable: false),
                    rows_done = table.Column<long>(type: "INTEGER", nullable: false),
                    accepted = table.Column<long>(type: "INTEGER", nullable: false),
                    duplicates = table.Column<long>(type: "INTEGER", nullable: false),
                    rejected = table.Column<long>(type: "INTEGER", nullable: false),
                    report_json = table.Column<string>(type: "TEXT", nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "import_mappings",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    json = table.Column<string>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_mappings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "journeys",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journeys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "scoring_settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    critical_below = table.Column<double>(type: "REAL", nullable: false),
                    weak_below = table.Column<double>(type: "REAL", nullable: false),
                    lagging_gap = table.Column<double>(type: "REAL", nullable: false),
                    low_sample_below = table.Column<int>(type: "INTEGER", nullable: false),
                    masking_index_min = table.Column<double>(type: "REAL", nullable: false),
                    confidence_level = table.Column<double>(type: "REAL", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scoring_settings", x => x.id);
                    table.CheckConstraint("ck_scoring_settings_bands", "critical_below <= weak_below");
                    table.CheckConstraint("ck_scoring_settings_confidence", "confidence_level > 0.5 AND confidence_level < 1");
                    table.CheckConstraint("ck_scoring_settings_singleton", "id = 1");
                });

            migrationBuilder.CreateTable(
                name: "segment_dimensions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_segment_dimensions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stages",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "survey_scales",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    min = table.Column<int>(type: "INTEGER", nullable: false),
                    max = table.Column<int>(type: "INTEGER", nullable: false),
                    satisfied_min = table.Column<int>(type: "INTEGER", nullable: false),
                    top_box_min = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_scales", x => x.id);
                    table.CheckConstraint("ck_survey_scales_range", "min < max");
                    table.CheckConstraint("ck_survey_scales_satisfied_min", "satisfied_min >= min AND satisfied_min <= max");
                    table.CheckConstraint("ck_survey_scales_top_box_min", "top_box_min >= satisfied_min AND top_box_min <= max");
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    must_change_password = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", nullable: true),
                    security_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    access_failed_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    role_id = table.Column<string>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_claims_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "segment_values",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    dimension_id = table.Column<int>(type: "INTEGER", nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_segment_values", x => x.id);
                    table.UniqueConstraint("ak_segment_values_dimension_id_id", x => new { x.dimension_id, x.id });
                    table.ForeignKey(
                        name: "fk_segment_values_segment_dimensions_dimension_id",
                        column: x => x.dimension_id,
                        principalTable: "segment_dimensions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "touchpoints",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    stage_id = table.Column<int>(type: "INTEGER", nullable: false),
                    channel_id = table.Column<int>(type: "INTEGER", nullable: false),
                    owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    intentional = table.Column<bool>(type: "INTEGER", nullable: false),
                    operational_purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    relationship_purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    tracking_mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    weight = table.Column<double>(type: "REAL", nullable: false),
                    relationship_weight = table.Column<double>(type: "REAL", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_touchpoints", x => x.id);
                    table.CheckConstraint("ck_touchpoints_relationship_weight", "relationship_weight >= 0 AND relationship_weight <= 1");
                    table.CheckConstraint("ck_touchpoints_weight", "weight >= 0");
                    table.ForeignKey(
                        name: "fk_touchpoints_channels_channel_id",
                        column: x => x.channel_id,
                        principalTable: "channels",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_touchpoints_stages_stage_id",
                        column: x => x.stage_id,
                        principalTable: "stages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "scale_labels",
                columns: table => new
                {
                    scale_id = table.Column<int>(type: "INTEGER", nullable: false),
                    value = table.Column<int>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scale_labels", x => new { x.scale_id, x.value });
                    table.ForeignKey(
                        name: "fk_scale_labels_survey_scales_scale_id",
                        column: x => x.scale_id,
                        principalTable: "survey_scales",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "score_counts",
                columns: table => new
                {
                    subject_kind = table.Column<short>(type: "INTEGER", nullable: false),
                    subject_id = table.Column<int>(type: "INTEGER", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    scale_id = table.Column<int>(type: "INTEGER", nullable: false),
                    score = table.Column<int>(type: "INTEGER", nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_counts", x => new { x.subject_kind, x.subject_id, x.day, x.scale_id, x.score });
                    table.CheckConstraint("ck_score_counts_count", "count >= 0");
                    table.ForeignKey(
                        name: "fk_score_counts_survey_scales_scale_id",
                        column: x => x.scale_id,
                        principalTable: "survey_scales",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_claims_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    provider_key = table.Column<string>(type: "TEXT", nullable: false),
                    provider_display_name = table.Column<string>(type: "TEXT", nullable: true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_user_logins_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    role_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_user_roles_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_roles_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_user_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "segment_score_counts",
                columns: table => new
                {
                    subject_kind = table.Column<short>(type: "INTEGER", nullable: false),
                    subject_id = table.Column<int>(type: "INTEGER", nullable: false),
                    segment_value_id = table.Column<int>(type: "INTEGER", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    scale_id = table.Column<int>(type: "INTEGER", nullable: false),
                    score = table.Column<int>(type: "INTEGER", nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_segment_score_counts", x => new { x.subject_kind, x.subject_id, x.segment_value_id, x.day, x.scale_id, x.score });
                    table.CheckConstraint("ck_segment_score_counts_count", "count >= 0");
                    table.ForeignKey(
                        name: "fk_segment_score_counts_segment_values_segment_value_id",
                        column: x => x.segment_value_id,
                        principalTable: "segment_values",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_segment_score_counts_survey_scales_scale_id",
                        column: x => x.scale_id,
                        principalTable: "survey_scales",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "journey_steps",
                columns: table => new
                {
                    journey_id = table.Column<int>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    touchpoint_id = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journey_steps", x => new { x.journey_id, x.position });
                    table.CheckConstraint("ck_journey_steps_position", "position >= 0");
                    table.ForeignKey(
                        name: "fk_journey_steps_journeys_journey_id",
                        column: x => x.journey_id,
                        principalTable: "journeys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_journey_steps_touchpoints_touchpoint_id",
                        column: x => x.touchpoint_id,
                        principalTable: "touchpoints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "operational_metrics",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    touchpoint_id = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    direction = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    target = table.Column<double>(type: "REAL", nullable: false),
                    worst = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_operational_metrics", x => x.id);
                    table.CheckConstraint("ck_operational_metrics_target_not_worst", "target <> worst");
                    table.ForeignKey(
                        name: "fk_operational_metrics_touchpoints_touchpoint_id",
                        column: x => x.touchpoint_id,
                        principalTable: "touchpoints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "responses",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    touchpoint_id = table.Column<int>(type: "INTEGER", nullable: true),
                    journey_id = table.Column<int>(type: "INTEGER", nullable: true),
                    scale_id = table.Column<int>(type: "INTEGER", nullable: false),
                    score = table.Column<int>(type: "INTEGER", nullable: false),
                    responded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    respondent_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    content_hash = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_responses", x => x.id);
                    table.CheckConstraint("ck_responses_touchpoint_xor_journey", "(touchpoint_id IS NULL) <> (journey_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_responses_journeys_journey_id",
                        column: x => x.journey_id,
                        principalTable: "journeys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_responses_survey_scales_scale_id",
                        column: x => x.scale_id,
                        principalTable: "survey_scales",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_responses_touchpoints_touchpoint_id",
                        column: x => x.touchpoint_id,
                        principalTable: "touchpoints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "measurements",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    metric_id = table.Column<int>(type: "INTEGER", nullable: false),
                    period_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    period_end = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    value = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_measurements", x => x.id);
                    table.CheckConstraint("ck_measurements_period", "period_end >= period_start");
                    table.ForeignKey(
                        name: "fk_measurements_operational_metrics_metric_id",
                        column: x => x.metric_id,
                        principalTable: "operational_metrics",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "response_segments",
                columns: table => new
                {
                    response_id = table.Column<long>(type: "INTEGER", nullable: false),
                    dimension_id = table.Column<int>(type: "INTEGER", nullable: false),
                    segment_value_id = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_response_segments", x => new { x.response_id, x.dimension_id });
                    table.ForeignKey(
                        name: "fk_response_segments_responses_response_id",
                        column: x => x.response_id,
                        principalTable: "responses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_response_segments_segment_values_dimension_id_segment_value_id",
                        columns: x => new { x.dimension_id, x.segment_value_id },
                        principalTable: "segment_values",
                        principalColumns: new[] { "dimension_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_secret_hash",
                table: "api_keys",
                column: "secret_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_at",
                table: "audit_entries",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_channels_code",
                table: "channels",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_import_jobs_created_at",
                table: "import_jobs",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_import_mappings_name",
                table: "import_mappings",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_journey_steps_journey_id_touchpoint_id",
                table: "journey_steps",
                columns: new[] { "journey_id", "touchpoint_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_journey_steps_touchpoint_id",
                table: "journey_steps",
                column: "touchpoint_id");

            migrationBuilder.CreateIndex(
                name: "ix_journeys_code",
                table: "journeys",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_measurements_metric_id_period_start_period_end",
                table: "measurements",
                columns: new[] { "metric_id", "period_start", "period_end" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_operational_metrics_touchpoint_id_code",
                table: "operational_metrics",
                columns: new[] { "touchpoint_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_response_segments_dimension_id_segment_value_id",
                table: "response_segments",
                columns: new[] { "dimension_id", "segment_value_id" });

            migrationBuilder.CreateIndex(
                name: "ix_responses_external_id",
                table: "responses",
                column: "external_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_responses_journey_id_day",
                table: "responses",
                columns: new[] { "journey_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_responses_respondent_id",
                table: "responses",
                column: "respondent_id");

            migrationBuilder.CreateIndex(
                name: "ix_responses_scale_id",
                table: "responses",
                column: "scale_id");

            migrationBuilder.CreateIndex(
                name: "ix_responses_touchpoint_id_day",
                table: "responses",
                columns: new[] { "touchpoint_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_role_claims_role_id",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_score_counts_scale_id",
                table: "score_counts",
                column: "scale_id");

            migrationBuilder.CreateIndex(
                name: "ix_segment_dimensions_code",
                table: "segment_dimensions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_segment_score_counts_scale_id",
                table: "segment_score_counts",
                column: "scale_id");

            migrationBuilder.CreateIndex(
                name: "ix_segment_score_counts_segment_value_id",
                table: "segment_score_counts",
                column: "segment_value_id");

            migrationBuilder.CreateIndex(
                name: "ix_segment_values_dimension_id_value",
                table: "segment_values",
                columns: new[] { "dimension_id", "value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stages_code",
                table: "stages",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_scales_code",
                table: "survey_scales",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_touchpoints_channel_id",
                table: "touchpoints",
                column: "channel_id");

            migrationBuilder.CreateIndex(
                name: "ix_touchpoints_code",
                table: "touchpoints",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_touchpoints_stage_id",
                table: "touchpoints",
                column: "stage_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_claims_user_id",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_logins_user_id",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_roles_role_id",
                table: "user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "normalized_user_name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "import_jobs");

            migrationBuilder.DropTable(
                name: "import_mappings");

            migrationBuilder.DropTable(
                name: "journey_steps");

            migrationBuilder.DropTable(
                name: "measurements");

            migrationBuilder.DropTable(
                name: "response_segments");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "scale_labels");

            migrationBuilder.DropTable(
                name: "score_counts");

            migrationBuilder.DropTable(
                name: "scoring_settings");

            migrationBuilder.DropTable(
                name: "segment_score_counts");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_roles");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "operational_metrics");

            migrationBuilder.DropTable(
                name: "responses");

            migrationBuilder.DropTable(
                name: "segment_values");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "journeys");

            migrationBuilder.DropTable(
                name: "survey_scales");

            migrationBuilder.DropTable(
                name: "touchpoints");

            migrationBuilder.DropTable(
                name: "segment_dimensions");

            migrationBuilder.DropTable(
                name: "channels");

            migrationBuilder.DropTable(
                name: "stages");
        }
    }
}
