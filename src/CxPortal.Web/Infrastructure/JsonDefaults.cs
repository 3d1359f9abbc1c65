using System.Text.Json;
using System.Text.Json.Serialization;

namespace CxPortal.Web.Infrastructure;

/// <summary>camelCase JSON with enums as the kebab-case words of the contract.</summary>
public static class JsonDefaults
{
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
    }
}
