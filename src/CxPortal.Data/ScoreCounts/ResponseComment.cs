namespace CxPortal.Data.ScoreCounts;

/// <summary>A verbatim comment with only what a reader needs: no respondent, no segments, no ids.</summary>
public sealed record ResponseComment(string Text, DateTime RespondedAt, int Score, string Scale);
