namespace CxPortal.Web.Features.Demo;

/// <summary>Verbatims matched to how the rating went, attached to a share of the demo responses.</summary>
public static class DemoComments
{
    private static readonly Dictionary<string, (string[] Good, string[] Bad)> Bank = new()
    {
        ["support"] = (
            ["Fixed on the first call, thank you!", "The agent knew exactly what to do.", "Quick and friendly support."],
            ["Third time I had to explain the same problem.", "Waited two days for a reply.", "Passed between teams, nobody owned it."]),
        ["proposal"] = (
            ["Clear proposal, easy to get approved.", "Pricing made sense for our size."],
            ["The new pricing is impossible to understand.", "Needed four rounds to get a usable quote.", "Too many add-ons to compare."]),
        ["product-demo"] = (
            ["Best demo we saw in the evaluation.", "The engineer tailored it to our use case."],
            ["Generic demo, not our use case."]),
        ["sales-calls"] = (["Our rep really understood our business."], ["Felt pushed to sign before quarter end."]),
        ["product-pages"] = (["Found the integration docs straight away."], ["Couldn't find pricing anywhere.", "Too much jargon."]),
        ["paid-ads"] = (["The ad was actually relevant to me."], ["Saw the same ad twenty times.", "Misleading headline."]),
        ["blog-content"] = (["Great practical articles."], ["Too salesy."]),
        ["renewal"] = (["Smooth renewal, fair terms."], ["Surprise price increase at renewal."]),
        ["overall"] = (
            ["A partner, not a vendor.", "Would recommend to any peer."],
            ["Great product, painful to deal with.", "Support issues make me hesitate to recommend."]),
        ["inflight-wifi"] = (["Wifi worked the whole flight."], ["Wifi kept dropping, useless.", "Paid for wifi that never connected."]),
        ["online-boarding"] = (["Boarding pass on my phone in seconds."], ["The app crashed at the gate."]),
        ["baggage-handling"] = (["Bags out in ten minutes."], ["Waited 50 minutes for my bag."]),
        ["seat-comfort"] = (["Comfortable seat, slept well."], ["Seat wouldn't recline, back pain all flight."]),
    };

    /// <summary>A comment for about one rating in seven where the bank has one, or null.</summary>
    public static string? For(string subject, int score, string scale, DemoRandom random)
    {
        if (!Bank.TryGetValue(subject, out var bank) || !random.Chance(0.15))
        {
            return null;
        }
        var good = scale switch
        {
            "nps" => score >= 9,
            "ces7" => score >= 5,
            _ => score >= 4,
        };
        return random.Pick(good ? bank.Good : bank.Bad);
    }
}
