namespace CxPortal.Web.Features.Responses;

/// <summary>One rating as posted to /api/responses or read from a long-format CSV row.</summary>
public sealed record ResponseInput
{
    /// <summary>The sender's id: the idempotency key.</summary>
    public string? Id { get; init; }

    /// <summary>The touchpoint rated; exactly one of this and <see cref="Journey"/>.</summary>
    public string? Touchpoint { get; init; }

    /// <summary>The journey rated as a whole (an overall rating).</summary>
    public string? Journey { get; init; }

    public string? Scale { get; init; }
    public int? Score { get; init; }
    public DateTimeOffset? RespondedAt { get; init; }
    public string? Respondent { get; init; }

    /// <summary>Segment values by dimension code: {"region": "EMEA"}.</summary>
    public IReadOnlyDictionary<string, string>? Segments { get; init; }

    public string? Comment { get; init; }
}

/// <summary>The body of POST /api/responses.</summary>
public sealed record ResponseBatchInput(IReadOnlyList<ResponseInput>? Responses);
