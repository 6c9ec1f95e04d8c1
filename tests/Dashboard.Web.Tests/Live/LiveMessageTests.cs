using System.Text;
using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.Review;

namespace Dashboard.Web.Tests.Live;

public sealed class LiveMessageTests
{
    [Fact]
    public void A_post_change_goes_over_the_wire_and_comes_back_the_same_at_another_instance()
    {
        var change = new PostChanged("alphanode-000001", "ann@example.test", "checklist edited", 42);

        var payload = LiveMessage.Changed("one", change).ToPayload();
        var received = LiveMessage.FromOthers(payload!, ownInstance: "two");

        Assert.NotNull(received);
        Assert.Equal(LiveKind.Post, received.Kind);
        Assert.Equal("one", received.Instance);
        Assert.Equal(change, received.ToPostChanged());
        Assert.Contains("\"kind\":\"post\"", payload, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instance_ignores_its_own_echo()
    {
        var payload = LiveMessage.Changed("one", new PostChanged("alphanode-000001", "ann", "approved", 1)).ToPayload()!;

        Assert.Null(LiveMessage.FromOthers(payload, ownInstance: "one"));
        Assert.Null(LiveMessage.FromOthers(LiveMessage.Hello("one").ToPayload()!, ownInstance: "one"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("{\"kind\":\"post\",\"sourceId\":\"a\"}")]
    [InlineData("{\"instance\":\"one\",\"kind\":\"dance\"}")]
    [InlineData("{\"instance\":\"one\",\"kind\":\"post\"}")]
    [InlineData("{\"instance\":\"one\",\"kind\":\"presence\",\"sourceId\":\"a\"}")]
    [InlineData("{\"instance\":\"one\",\"kind\":7}")]
    public void An_unreadable_or_incomplete_payload_is_ignored(string payload) =>
        Assert.Null(LiveMessage.FromOthers(payload, ownInstance: "two"));

    [Fact]
    public void Long_names_and_descriptions_are_shortened_so_the_payload_stays_well_under_postgresqls_limit()
    {
        var longText = new string('é', 5000);
        var change = LiveMessage.Changed("one", new PostChanged("alphanode-000001", longText, longText, 1));
        var presence = LiveMessage.PresenceOf("one", "alphanode-000001", [.. Enumerable.Range(0, 500).Select(i => $"{i}{longText}")]);

        foreach (var payload in new[] { change.ToPayload(), presence.ToPayload() })
        {
            Assert.NotNull(payload);
            Assert.InRange(Encoding.UTF8.GetByteCount(payload), 1, LiveMessage.MaxPayloadBytes);
        }

        var received = LiveMessage.FromOthers(change.ToPayload()!, "two")!;
        Assert.EndsWith("…", received.By, StringComparison.Ordinal);
        Assert.Equal(200, received.By!.Length);
    }

    [Fact]
    public void A_message_that_cannot_fit_is_not_sent()
    {
        var absurd = LiveMessage.Changed("one", new PostChanged(new string('x', 10_000), "ann", "approved", 1));

        Assert.Null(absurd.ToPayload());
    }

    [Fact]
    public void Names_keep_their_characters_rather_than_escapes()
    {
        var payload = LiveMessage.PresenceOf("one", "alphanode-000001", ["Zoë <z@example.test>"]).ToPayload()!;

        Assert.Contains("Zoë <z@example.test>", payload, StringComparison.Ordinal);
        Assert.Equal(["Zoë <z@example.test>"], LiveMessage.FromOthers(payload, "two")!.Names!);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    [InlineData(6, 30)]
    [InlineData(1000, 30)]
    public void Reconnecting_backs_off_doubling_up_to_a_ceiling(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), LiveTimings.Default.RetryAfter(failures));
}
