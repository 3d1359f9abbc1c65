using Microsoft.AspNetCore.Mvc;

namespace CxPortal.Web.Features.Scores;

/// <summary>The query string shared by every score endpoint.</summary>
public sealed class ScoreParameters
{
    /// <summary>First day, yyyy-MM-dd (inclusive); default 89 days before <c>to</c>.</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Last day, yyyy-MM-dd (inclusive); default today (UTC).</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>Repeatable <c>dimension:value</c>; values of one dimension are alternatives, dimensions must all hold.</summary>
    [FromQuery(Name = "segment")]
    public string[]? Segment { get; init; }
}
