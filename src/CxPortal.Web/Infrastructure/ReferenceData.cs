using CxPortal.Data;
using CxPortal.Domain.Settings;
using CxPortal.Domain.Surveys;
using CxPortal.Domain.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Infrastructure;

/// <summary>
/// What every installation starts with: the settings row, the four built-in scales, the default
/// stages and channels. Idempotent: only what is missing is added, nothing is overwritten.
/// </summary>
public static class ReferenceData
{
    public static readonly IReadOnlyList<(string Code, string Name)> DefaultStages =
    [
        ("awareness", "Awareness"), ("consideration", "Consideration"), ("decision", "Decision"), ("retention", "Retention"),
    ];

    public static readonly IReadOnlyList<(string Code, string Name)> DefaultChannels =
    [
        ("web", "Web"), ("store", "Store"), ("call-center", "Call center"), ("email", "Email"), ("social", "Social"),
        ("advertising", "Advertising"), ("sales-rep", "Sales rep"), ("delivery", "Delivery"), ("support", "Support"),
        ("other", "Other"),
    ];

    public static async Task EnsureAsync(CxPortalDbContext db, CancellationToken ct)
    {
        if (!await db.ScoringSettings.AnyAsync(ct))
        {
            db.ScoringSettings.Add(new ScoringSettings { UpdatedAt = DateTime.UtcNow });
        }

        var scales = await db.SurveyScales.Select(s => s.Code).ToListAsync(ct);
        db.SurveyScales.AddRange(BuiltInScales.Create().Where(s => !scales.Contains(s.Code)));

        // Defaults only for a fresh installation: an admin may have removed some on purpose.
        if (!await db.Stages.AnyAsync(ct))
        {
            db.Stages.AddRange(DefaultStages.Select((s, i) => new Stage { Code = s.Code, Name = s.Name, Position = i }));
        }
        if (!await db.Channels.AnyAsync(ct))
        {
            db.Channels.AddRange(DefaultChannels.Select(c => new Channel { Code = c.Code, Name = c.Name }));
        }
        await db.SaveChangesAsync(ct);
    }
}
