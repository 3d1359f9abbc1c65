namespace CxPortal.Web.Features.Configuration;

/// <param name="Touchpoints">How many touchpoints use the channel (it cannot be removed while any do).</param>
public sealed record ChannelDetails(string Code, string Name, int Touchpoints);
