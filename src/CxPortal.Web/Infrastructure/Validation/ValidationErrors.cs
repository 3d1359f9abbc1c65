using System.Text.Json;
using FluentValidation.Results;

namespace CxPortal.Web.Infrastructure.Validation;

/// <summary>FluentValidation failures as <c>{field: [messages]}</c>, with the JSON contract's camelCase field names.</summary>
public static class ValidationErrors
{
    public static Dictionary<string, string[]> From(ValidationResult result, string prefix = "") =>
        result.Errors
            .GroupBy(e => prefix + FieldName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    /// <summary>"Steps[2]" → "steps[2]", "Labels.Key" → "labels.key".</summary>
    public static string FieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    public static void Add(IDictionary<string, string[]> errors, string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
}
