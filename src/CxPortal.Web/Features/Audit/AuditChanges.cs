using System.Text.Json;
using System.Text.Json.Nodes;

namespace CxPortal.Web.Features.Audit;

/// <summary>What an update changed, field by field (<c>{"name": {"from": "A", "to": "B"}}</c>), for audit details.</summary>
public static class AuditChanges
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyDictionary<string, FieldChange> Between<T>(T before, T after)
    {
        var from = JsonSerializer.SerializeToNode(before, Json)!.AsObject();
        var to = JsonSerializer.SerializeToNode(after, Json)!.AsObject();
        var changes = new SortedDictionary<string, FieldChange>(StringComparer.Ordinal);
        foreach (var name in from.Select(p => p.Key).Union(to.Select(p => p.Key)))
        {
            var a = from[name];
            var b = to[name];
            if (!JsonNode.DeepEquals(a, b))
            {
                changes[name] = new FieldChange(a?.DeepClone(), b?.DeepClone());
            }
        }
        return changes;
    }
}
