using System.Linq.Expressions;
using CxPortal.Domain.Touchpoints;

namespace CxPortal.Web.Features.Touchpoints;

/// <summary>
/// The sort orders the list offers. Only these keys are accepted: a sort parameter selects one of
/// these expressions and never reaches SQL as text.
/// </summary>
public static class TouchpointSorts
{
    private static readonly Dictionary<string, Func<IQueryable<Touchpoint>, bool, IOrderedQueryable<Touchpoint>>> Orders =
        new(StringComparer.Ordinal)
        {
            ["code"] = (q, desc) => By(q, t => t.Code, desc),
            ["name"] = (q, desc) => By(q, t => t.Name, desc),
            ["stage"] = (q, desc) => By(q, t => t.Stage.Position, desc).ThenBy(t => t.Name),
            ["channel"] = (q, desc) => By(q, t => t.Channel.Name, desc),
            ["owner"] = (q, desc) => By(q, t => t.Owner, desc),
            ["intentional"] = (q, desc) => By(q, t => t.Intentional, desc),
            ["trackingMode"] = (q, desc) => By(q, t => t.TrackingMode, desc),
            ["weight"] = (q, desc) => By(q, t => t.Weight, desc),
            ["relationshipWeight"] = (q, desc) => By(q, t => t.RelationshipWeight, desc),
            ["createdAt"] = (q, desc) => By(q, t => t.CreatedAt, desc),
            ["updatedAt"] = (q, desc) => By(q, t => t.UpdatedAt, desc),
        };

    public const string Default = "stage";

    public static IReadOnlyCollection<string> Keys => Orders.Keys;

    public static bool IsKnown(string? sort) => string.IsNullOrEmpty(sort) || Orders.ContainsKey(sort.StartsWith('-') ? sort[1..] : sort);

    public static string Problem(string sort) =>
        $"Unknown sort '{sort}'. Sort by one of {string.Join(", ", Keys)}, with a leading '-' for descending.";

    /// <summary>Orders by a known key (callers check <see cref="IsKnown"/>), ties broken by code so pages are stable.</summary>
    public static IQueryable<Touchpoint> Apply(IQueryable<Touchpoint> query, string? sort)
    {
        var key = string.IsNullOrEmpty(sort) ? Default : sort;
        var descending = key.StartsWith('-');
        return Orders[descending ? key[1..] : key](query, descending).ThenBy(t => t.Code);
    }

    private static IOrderedQueryable<Touchpoint> By<TKey>(IQueryable<Touchpoint> q, Expression<Func<Touchpoint, TKey>> key, bool descending) =>
        descending ? q.OrderByDescending(key) : q.OrderBy(key);
}
