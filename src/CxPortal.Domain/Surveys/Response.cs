using CxPortal.Domain.Journeys;
using CxPortal.Domain.Touchpoints;

namespace CxPortal.Domain.Surveys;

/// <summary>
/// One rating, the source of truth for every figure. Exactly one of touchpoint and journey is set.
/// </summary>
public sealed class Response
{
    public long Id { get; set; }

    /// <summary>The sender's id; the idempotency key of ingestion.</summary>
    public required string ExternalId { get; set; }

    public int? TouchpointId { get; set; }
    public Touchpoint? Touchpoint { get; set; }
    public int? JourneyId { get; set; }
    public Journey? Journey { get; set; }
    public int ScaleId { get; set; }
    public SurveyScale Scale { get; set; } = null!;
    public int Score { get; set; }

    /// <summary>UTC instant of the rating.</summary>
    public DateTime RespondedAt { get; set; }

    /// <summary>The UTC day of <see cref="RespondedAt"/>: the key of the count store.</summary>
    public DateOnly Day { get; set; }

    /// <summary>Pseudonymous respondent id; never logged.</summary>
    public string? RespondentId { get; set; }

    /// <summary>Verbatim comment; never logged.</summary>
    public string? Comment { get; set; }

    /// <summary>Hash of the content, so a re-sent id can be told apart as duplicate or conflict.</summary>
    public long ContentHash { get; set; }

    public List<ResponseSegment> Segments { get; set; } = [];

    public SubjectKind SubjectKind => TouchpointId is null ? SubjectKind.Journey : SubjectKind.Touchpoint;
    public int SubjectId => TouchpointId ?? JourneyId ?? 0;
}
