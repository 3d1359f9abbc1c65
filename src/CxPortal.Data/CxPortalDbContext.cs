using CxPortal.Data.Accounts;
using CxPortal.Data.Auditing;
using CxPortal.Data.Configurations;
using CxPortal.Data.Imports;
using CxPortal.Domain.Journeys;
using CxPortal.Domain.Settings;
using CxPortal.Domain.Surveys;
using CxPortal.Domain.Touchpoints;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Data;

/// <summary>
/// The one context of the app, used directly by the feature services (no repository layer over it).
/// The provider and its migrations assembly are chosen in <see cref="DependencyInjection"/>.
/// </summary>
public class CxPortalDbContext(DbContextOptions<CxPortalDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Stage> Stages => Set<Stage>();
    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<SegmentDimension> SegmentDimensions => Set<SegmentDimension>();
    public DbSet<SegmentValue> SegmentValues => Set<SegmentValue>();
    public DbSet<Touchpoint> Touchpoints => Set<Touchpoint>();
    public DbSet<OperationalMetric> OperationalMetrics => Set<OperationalMetric>();
    public DbSet<Measurement> Measurements => Set<Measurement>();
    public DbSet<Journey> Journeys => Set<Journey>();
    public DbSet<JourneyStep> JourneySteps => Set<JourneyStep>();
    public DbSet<SurveyScale> SurveyScales => Set<SurveyScale>();
    public DbSet<ScaleLabel> ScaleLabels => Set<ScaleLabel>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<ResponseSegment> ResponseSegments => Set<ResponseSegment>();
    public DbSet<ScoreCount> ScoreCounts => Set<ScoreCount>();
    public DbSet<SegmentScoreCount> SegmentScoreCounts => Set<SegmentScoreCount>();
    public DbSet<ScoringSettings> ScoringSettings => Set<ScoringSettings>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<ImportMapping> ImportMappings => Set<ImportMapping>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configuration.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CxPortalDbContext).Assembly);
        IdentityTableNames.Apply(builder);
    }
}
