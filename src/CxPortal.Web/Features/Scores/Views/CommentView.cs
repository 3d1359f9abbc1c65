namespace CxPortal.Web.Features.Scores;

/// <summary>A verbatim comment: customer data, so only its text, time, score and scale.</summary>
public sealed record CommentView(string Text, DateTime RespondedAt, int Score, string Scale);
