using CxPortal.Data.Configurations;
using CxPortal.Domain.Surveys;
using CxPortal.Web.Features.Imports;

namespace CxPortal.Web.Features.Responses;

/// <summary>
/// The rules every incoming response meets, whether posted or imported: known codes (the error names
/// the unknown one), a score inside its scale, a time not more than a day ahead, bounded texts.
/// </summary>
public sealed class ResponseChecker(IngestionLookups lookups, DateTime nowUtc)
{
    public static readonly TimeSpan FutureAllowance = TimeSpan.FromDays(1);

    /// <summary>The resolved response, or null with the problems added to <paramref name="errors"/>.</summary>
    public CheckedResponse? Check(ResponseInput input, long index, List<ItemError> errors)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors.Add(new ItemError(index, field, message));

        var id = input.Id?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            Fail("id", "id is required: it identifies the response so that a retry is not counted twice.");
        }
        else if (id.Length > Limits.ExternalId)
        {
            Fail("id", $"id must be at most {Limits.ExternalId} characters.");
        }

        var (kind, subject) = Subject(input, Fail);

        ScaleRange? scale = null;
        if (string.IsNullOrWhiteSpace(input.Scale))
        {
            Fail("scale", "scale is required.");
        }
        else if (!lookups.Scales.TryGetValue(input.Scale.Trim(), out scale))
        {
            Fail("scale", $"Scale '{input.Scale.Trim()}' does not exist.");
        }

        if (input.Score is not { } score)
        {
            Fail("score", "score is required.");
            score = 0;
        }
        else if (scale is not null && !scale.Contains(score))
        {
            Fail("score", scale.OutsideMessage(score));
        }

        var respondedAt = DateTime.MinValue;
        if (input.RespondedAt is not { } at)
        {
            Fail("respondedAt", "respondedAt is required (ISO 8601, e.g. 2026-03-01T14:30:00Z).");
        }
        else if ((respondedAt = at.UtcDateTime) > nowUtc + FutureAllowance)
        {
            Fail("respondedAt", $"respondedAt {respondedAt:yyyy-MM-dd'T'HH:mm:ss'Z'} is more than a day in the future.");
        }

        var respondent = Blank(input.Respondent);
        if (respondent is { Length: > Limits.Respondent })
        {
            Fail("respondent", $"respondent must be at most {Limits.Respondent} characters.");
        }
        var comment = Blank(input.Comment);
        if (comment is { Length: > Limits.Comment })
        {
            Fail("comment", $"comment must be at most {Limits.Comment:N0} characters (it has {comment.Length:N0}).");
        }

        var segments = new List<(int, string)>();
        foreach (var (dimension, rawValue) in input.Segments ?? new Dictionary<string, string>())
        {
            var field = $"segments.{dimension}";
            var value = rawValue?.Trim();
            if (!lookups.Dimensions.TryGetValue(dimension, out var dimensionId))
            {
                Fail(field, $"Segment dimension '{dimension}' does not exist.");
            }
            else if (string.IsNullOrEmpty(value))
            {
                // An empty cell means "not known" for this respondent: no segment rather than an error.
                continue;
            }
            else if (value.Length > Limits.SegmentValue)
            {
                Fail(field, $"The value of segment '{dimension}' must be at most {Limits.SegmentValue} characters.");
            }
            else
            {
                segments.Add((dimensionId, value));
            }
        }

        return errors.Count > before
            ? null
            : new CheckedResponse(id!, kind, subject, scale!.Id, score, respondedAt, respondent, comment, segments);
    }

    private (SubjectKind Kind, int Id) Subject(ResponseInput input, Action<string, string> fail)
    {
        var touchpoint = Blank(input.Touchpoint);
        var journey = Blank(input.Journey);
        if ((touchpoint is null) == (journey is null))
        {
            fail("touchpoint", "Give exactly one of touchpoint and journey: a rating is about one touchpoint or about a whole journey.");
            return default;
        }
        if (touchpoint is not null)
        {
            if (lookups.Touchpoints.TryGetValue(touchpoint, out var id))
            {
                return (SubjectKind.Touchpoint, id);
            }
            fail("touchpoint", $"Touchpoint '{touchpoint}' does not exist.");
            return default;
        }
        if (lookups.Journeys.TryGetValue(journey!, out var journeyId))
        {
            return (SubjectKind.Journey, journeyId);
        }
        fail("journey", $"Journey '{journey}' does not exist.");
        return default;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
