namespace CxPortal.Domain.Scoring;

/// <summary>Shapes of the initial → loyalty → advocacy profile.</summary>
public static class AdvocacyShapes
{
    /// <summary>Each level strictly smaller than the one below: initial &gt; loyalty &gt; advocacy.</summary>
    public const string Pyramid = "pyramid";

    /// <summary>Each level strictly larger than the one below: initial &lt; loyalty &lt; advocacy.</summary>
    public const string InvertedPyramid = "inverted-pyramid";

    /// <summary>Loyalty is the narrowest level (ties included).</summary>
    public const string Hourglass = "hourglass";

    /// <summary>Loyalty is the widest level (ties included, and when all three are equal).</summary>
    public const string Hexagon = "hexagon";
}
