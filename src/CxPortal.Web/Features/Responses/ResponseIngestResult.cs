using CxPortal.Web.Features.Imports;

namespace CxPortal.Web.Features.Responses;

public enum ResponseIngestOutcome
{
    /// <summary>Every item is stored or was already stored with the same content.</summary>
    Stored,

    /// <summary>At least one item breaks a rule; nothing was stored.</summary>
    Invalid,

    /// <summary>At least one id is already stored with different content; nothing was stored.</summary>
    Conflict,

    /// <summary>More items than one request may carry; nothing was read further.</summary>
    TooLarge,
}

/// <summary>What a batch of responses did: counts when stored, otherwise the items at fault.</summary>
public sealed record ResponseIngestResult(ResponseIngestOutcome Outcome, long Accepted, long Duplicates, IReadOnlyList<ItemError> Errors);
