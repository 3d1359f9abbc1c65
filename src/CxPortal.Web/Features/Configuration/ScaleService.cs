using System.Globalization;
using CxPortal.Data;
using CxPortal.Data.Auditing;
using CxPortal.Domain.Surveys;
using CxPortal.Web.Features.Audit;
using CxPortal.Web.Infrastructure;
using CxPortal.Web.Infrastructure.Outcomes;
using CxPortal.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace CxPortal.Web.Features.Configuration;

/// <summary>
/// Survey scales. Once responses use a scale its range and kind are fixed (stored scores would
/// change meaning); its name, thresholds and labels may change, and every figure follows at read time.
/// </summary>
public sealed class ScaleService(IDbContextFactory<CxPortalDbContext> contexts, CurrentActor actor)
{
    private const string ConcurrentChange = "Another change to the same scale code was saved at the same time; reload and try again.";

    public async Task<IReadOnlyList<ScaleDetails>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var scales = await db.SurveyScales.AsNoTracking().Include(s => s.Labels).OrderBy(s => s.Code).ToListAsync(ct);
        var responses = await db.ScoreCounts.GroupBy(c => c.ScaleId).Select(g => new { g.Key, N = g.Sum(c => (long)c.Count) })
            .ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return scales.Select(s => Details(s, responses.GetValueOrDefault(s.Id))).ToList();
    }

    public async Task<ScaleDetails?> GetAsync(string code, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await GetAsync(db, code, ct);
    }

    public async Task<Outcome<ScaleDetails>> CreateAsync(ScaleInput input, CancellationToken ct = default)
    {
        var normalised = input.Normalised();
        var validation = await new ScaleInputValidator().ValidateAsync(normalised, ct);
        if (!validation.IsValid)
        {
            return Outcome<ScaleDetails>.Invalid(ValidationErrors.From(validation));
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.SurveyScales.AnyAsync(s => s.Code == normalised.Code, ct))
        {
            return Outcome<ScaleDetails>.Conflict(Taken(normalised.Code!), "code");
        }
        var scale = new SurveyScale { Code = normalised.Code!, Name = normalised.Name! };
        Apply(normalised, scale);
        db.SurveyScales.Add(scale);
        AuditLog.Record(db, await actor.NameAsync(), AuditNames.Create, AuditNames.Scale, scale.Code, Snapshot(scale));
        if (!await DbErrors.TrySaveAsync(db, ct))
        {
            return Outcome<ScaleDetails>.Conflict(ConcurrentChange, "code");
        }
        return Outcome<ScaleDetails>.Ok((await GetAsync(db, scale.Code, ct))!);
    }

    public async Task<Outcome<ScaleDetails>> UpdateAsync(string code, ScaleInput input, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var scale = await db.SurveyScales.Include(s => s.Labels).FirstOrDefaultAsync(s => s.Code == code, ct);
        if (scale is null)
        {
            return Outcome<ScaleDetails>.NotFound("Scale", code);
        }
        var normalised = input.Normalised();
        var validation = await new ScaleInputValidator().ValidateAsync(normalised, ct);
        if (!validation.IsValid)
        {
            return Outcome<ScaleDetails>.Invalid(ValidationErrors.From(validation));
        }
        if (normalised.Code != code && await db.SurveyScales.AnyAsync(s => s.Code == normalised.Code, ct))
        {
            return Outcome<ScaleDetails>.Conflict(Taken(normalised.Code!), "code");
        }
        var responses = await ResponsesAsync(db, scale.Id, ct);
        if (responses > 0 && (normalised.Min != scale.Min || normalised.Max != scale.Max))
        {
            return Outcome<ScaleDetails>.Conflict(
                $"Scale '{code}' is used by {Responses(responses)}, so its range ({scale.Min}–{scale.Max}) cannot change; " +
                "create a new scale for another range. Name, thresholds and labels can still change.", "min");
        }
        var kind = ContractWords.ScaleKinds.Parse(normalised.Kind!);
        if (responses > 0 && kind != scale.Kind)
        {
            return Outcome<ScaleDetails>.Conflict(
                $"Scale '{code}' is used by {Responses(responses)}, so its kind ({ContractWords.ScaleKinds.Word(scale.Kind)}) " +
                "cannot change; create a new scale instead.", "kind");
        }

        var before = Snapshot(scale);
        Apply(normalised, scale);
        var changes = AuditChanges.Between(before, Snapshot(scale));
        if (changes.Count > 0)
        {
            AuditLog.Record(db, await actor.NameAsync(), AuditNames.Update, AuditNames.Scale, code, changes);
            if (!await DbErrors.TrySaveAsync(db, ct))
            {
                return Outcome<ScaleDetails>.Conflict(ConcurrentChange, "code");
            }
        }
        return Outcome<ScaleDetails>.Ok((await GetAsync(db, scale.Code, ct))!);
    }

    private static string Taken(string code) => $"A scale with code '{code}' already exists.";

    private static string Responses(long n) =>
        $"{n.ToString("N0", CultureInfo.InvariantCulture)} response{(n == 1 ? "" : "s")}";

    /// <summary>From the count store; if it were ever out of step, a raw response still marks the scale as used.</summary>
    private static async Task<long> ResponsesAsync(CxPortalDbContext db, int scaleId, CancellationToken ct)
    {
        var counted = await db.ScoreCounts.Where(c => c.ScaleId == scaleId).SumAsync(c => (long)c.Count, ct);
        return counted > 0 ? counted : await db.Responses.CountAsync(r => r.ScaleId == scaleId, ct);
    }

    private static async Task<ScaleDetails?> GetAsync(CxPortalDbContext db, string code, CancellationToken ct)
    {
        var scale = await db.SurveyScales.AsNoTracking().Include(s => s.Labels).FirstOrDefaultAsync(s => s.Code == code, ct);
        return scale is null ? null : Details(scale, await ResponsesAsync(db, scale.Id, ct));
    }

    private static ScaleDetails Details(SurveyScale s, long responses) =>
        new(s.Code, s.Name, ContractWords.ScaleKinds.Word(s.Kind), s.Min, s.Max, s.SatisfiedMin, s.TopBoxMin, Labels(s),
            responses > 0, responses);

    private static SortedDictionary<string, string> Labels(SurveyScale s) =>
        new(s.Labels.ToDictionary(l => l.Value.ToString(CultureInfo.InvariantCulture), l => l.Text),
            Comparer<string>.Create((a, b) => int.Parse(a, CultureInfo.InvariantCulture).CompareTo(int.Parse(b, CultureInfo.InvariantCulture))));

    private static ScaleInput Snapshot(SurveyScale s) => new()
    {
        Code = s.Code, Name = s.Name, Kind = ContractWords.ScaleKinds.Word(s.Kind), Min = s.Min, Max = s.Max,
        SatisfiedMin = s.SatisfiedMin, TopBoxMin = s.TopBoxMin, Labels = new Dictionary<string, string>(Labels(s)),
    };

    /// <summary>Copies a valid input; labels are updated in place (their key is the point), so unchanged ones stay untouched.</summary>
    private static void Apply(ScaleInput input, SurveyScale scale)
    {
        scale.Code = input.Code!;
        scale.Name = input.Name!;
        scale.Kind = ContractWords.ScaleKinds.Parse(input.Kind!);
        scale.Min = input.Min!.Value;
        scale.Max = input.Max!.Value;
        scale.SatisfiedMin = input.SatisfiedMin!.Value;
        scale.TopBoxMin = input.TopBoxMin!.Value;
        var wanted = input.Labels!.ToDictionary(l => int.Parse(l.Key, CultureInfo.InvariantCulture), l => l.Value.Trim());
        scale.Labels.RemoveAll(l => !wanted.ContainsKey(l.Value));
        foreach (var (point, text) in wanted)
        {
            if (scale.Labels.FirstOrDefault(l => l.Value == point) is { } label)
            {
                label.Text = text;
            }
            else
            {
                scale.Labels.Add(new ScaleLabel { Value = point, Text = text });
            }
        }
    }
}
