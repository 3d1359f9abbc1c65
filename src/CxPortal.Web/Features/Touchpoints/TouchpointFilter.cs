namespace CxPortal.Web.Features.Touchpoints;

/// <summary>
/// Filters of the touchpoint list. <see cref="Search"/> is matched literally (case-insensitive) in
/// code, name, owner and description; <see cref="Sort"/> is one of <see cref="TouchpointSorts.Keys"/>,
/// with a leading '-' for descending.
/// </summary>
public sealed record TouchpointFilter(
    string? Search = null,
    string? Stage = null,
    string? Channel = null,
    string? Owner = null,
    bool? Intentional = null,
    string? TrackingMode = null,
    string? Sort = null);
