using CxPortal.Web.Features.Audit;

namespace CxPortal.Web.Features.Configuration;

/// <summary>What replacing a configured list changes: the audit details, and the items to check before removing.</summary>
public sealed record CodeListChange(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyDictionary<string, FieldChange> Renamed,
    IReadOnlyList<string>? Order)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Renamed.Count == 0 && Order is null;

    /// <param name="before">The stored items in their order.</param>
    /// <param name="after">The valid new list.</param>
    /// <param name="ordered">Whether order matters (stages); then a new order is reported.</param>
    public static CodeListChange Between(IReadOnlyList<(string Code, string Name)> before, IReadOnlyList<CodeNameInput> after, bool ordered)
    {
        var old = before.ToDictionary(b => b.Code, b => b.Name, StringComparer.Ordinal);
        var codes = after.Select(a => a.Code!).ToList();
        var renamed = after.Where(a => old.TryGetValue(a.Code!, out var name) && name != a.Name!.Trim())
            .ToDictionary(a => a.Code!, a => new FieldChange(old[a.Code!], a.Name!.Trim()));
        return new CodeListChange(
            codes.Where(c => !old.ContainsKey(c)).ToList(),
            before.Select(b => b.Code).Where(c => !codes.Contains(c)).ToList(),
            renamed,
            ordered && !before.Select(b => b.Code).SequenceEqual(codes) ? codes : null);
    }
}
