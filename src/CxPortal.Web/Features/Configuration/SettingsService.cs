using CxPortal.Data;
using CxPortal.Data.Auditing;
using CxPortal.Domain.Settings;
using CxPortal.Web.Features.Audit;
using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Outcomes;
using CxPortal.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Configuration;

/// <summary>The one row of scoring settings. Figures read them at request time, so a change shows everywhere at once.</summary>
public sealed class SettingsService(IDbContextFactory<CxPortalDbContext> contexts, CurrentActor actor, TimeProvider clock)
{
    public async Task<SettingsDetails> GetAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return Details(await db.ScoringSettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? new ScoringSettings());
    }

    public async Task<Outcome<SettingsDetails>> UpdateAsync(SettingsInput input, CancellationToken ct = default)
    {
        var validation = await new SettingsInputValidator().ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Outcome<SettingsDetails>.Invalid(ValidationErrors.From(validation));
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var settings = await db.ScoringSettings.FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new ScoringSettings();
            db.ScoringSettings.Add(settings);
        }
        var before = Snapshot(settings);
        settings.CriticalBelow = input.CriticalBelow!.Value;
        settings.WeakBelow = input.WeakBelow!.Value;
        settings.LaggingGap = input.LaggingGap!.Value;
        settings.LowSampleBelow = input.LowSampleBelow!.Value;
        settings.MaskingIndexMin = input.MaskingIndexMin!.Value;
        settings.ConfidenceLevel = input.ConfidenceLevel!.Value;
        var changes = AuditChanges.Between(before, Snapshot(settings));
        if (changes.Count > 0)
        {
            settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            AuditLog.Record(db, await actor.NameAsync(), AuditNames.Update, AuditNames.Settings, "scoring", changes, settings.UpdatedAt);
            await db.SaveChangesAsync(ct);
        }
        return Outcome<SettingsDetails>.Ok(Details(settings));
    }

    private static SettingsInput Snapshot(ScoringSettings s) => new()
    {
        CriticalBelow = s.CriticalBelow, WeakBelow = s.WeakBelow, LaggingGap = s.LaggingGap, LowSampleBelow = s.LowSampleBelow,
        MaskingIndexMin = s.MaskingIndexMin, ConfidenceLevel = s.ConfidenceLevel,
    };

    private static SettingsDetails Details(ScoringSettings s) =>
        new(s.CriticalBelow, s.WeakBelow, s.LaggingGap, s.LowSampleBelow, s.MaskingIndexMin, s.ConfidenceLevel, s.UpdatedAt);
}
