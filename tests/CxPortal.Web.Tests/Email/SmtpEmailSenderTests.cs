using CxPortal.Web.Infrastructure.Email;
using Microsoft.Extensions.Options;
using netDumbster.smtp;

namespace CxPortal.Web.Tests.Email;

/// <summary>The MailKit sender against a real SMTP server started by the test (netDumbster).</summary>
public sealed class SmtpEmailSenderTests
{
    [Fact]
    public async Task Sends_one_message_with_subject_body_and_every_recipient()
    {
        using var server = SimpleSmtpServer.Start();
        var sender = new SmtpEmailSender(Options(new SmtpOptions
        {
            Host = "127.0.0.1", Port = server.Configuration.Port, UseTls = false, From = "CX Portal <cx@example.test>",
        }));

        await sender.SendAsync(new EmailMessage(["owner@example.test", "team@example.test"], "Store visit turned critical",
            "Score 3.1 (n = 120)."), TestContext.Current.CancellationToken);

        server.ReceivedEmailCount.Should().Be(1);
        var mail = server.ReceivedEmail.Single();
        mail.Subject.Should().Be("Store visit turned critical");
        mail.ToAddresses.Select(a => a.Address).Should().BeEquivalentTo("owner@example.test", "team@example.test");
        mail.FromAddress.Address.Should().Be("cx@example.test");
        mail.MessageParts.Single().BodyData.Should().Contain("Score 3.1 (n = 120).");
    }

    [Fact]
    public async Task Without_a_host_it_says_so_instead_of_sending()
    {
        var sender = new SmtpEmailSender(Options(new SmtpOptions()));

        sender.IsConfigured.Should().BeFalse();
        var send = () => sender.SendAsync(new EmailMessage(["a@example.test"], "s", "b"), CancellationToken.None);
        await send.Should().ThrowAsync<InvalidOperationException>().WithMessage("*Smtp:Host*");
    }

    private static IOptionsMonitor<SmtpOptions> Options(SmtpOptions value) => new FixedOptions(value);

    private sealed class FixedOptions(SmtpOptions value) : IOptionsMonitor<SmtpOptions>
    {
        public SmtpOptions CurrentValue => value;
        public SmtpOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<SmtpOptions, string?> listener) => null;
    }
}
