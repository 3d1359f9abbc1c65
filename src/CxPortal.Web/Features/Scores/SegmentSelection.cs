namespace CxPortal.Web.Features.Scores;

/// <summary>One <c>segment=dimension:value</c> filter, by codes as the caller wrote them.</summary>
public sealed record SegmentSelection(string Dimension, string Value)
{
    public override string ToString() => $"{Dimension}:{Value}";
}
