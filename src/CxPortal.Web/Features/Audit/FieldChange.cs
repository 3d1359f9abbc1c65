using System.Text.Json.Nodes;

namespace CxPortal.Web.Features.Audit;

public sealed record FieldChange(JsonNode? From, JsonNode? To);
