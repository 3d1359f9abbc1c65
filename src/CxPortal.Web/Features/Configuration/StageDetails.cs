namespace CxPortal.Web.Features.Configuration;

/// <param name="Position">0-based order of the stage in the lifecycle.</param>
/// <param name="Touchpoints">How many touchpoints are in the stage (it cannot be removed while any are).</param>
public sealed record StageDetails(string Code, string Name, int Position, int Touchpoints);
