using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.Review;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Web.Tests.Live;

/// <summary>What an instance does with the notifications it hears, without a database.</summary>
public sealed class LiveInboxTests
{
    private readonly PostChangeNotifier _notifier = new();
    private readonly PostPresence _presence = new();
    private readonly ManualClock _clock = new();
    private readonly LiveInbox _inbox;

    public LiveInboxTests() =>
        _inbox = new LiveInbox(_notifier, _presence, new LiveInstance("here"), LiveTimings.Default, _clock, NullLogger<LiveInbox>.Instance);

    [Fact]
    public async Task Another_instances_change_reaches_this_instances_pages_and_its_own_echo_does_not()
    {
        var heard = new TaskCompletionSource<PostChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        var count = 0;
        using var page = _notifier.Subscribe(change =>
        {
            Interlocked.Increment(ref count);
            heard.TrySetResult(change);
            return Task.CompletedTask;
        });
        var mine = new PostChanged("alphanode-000001", "ann", "approved", 5);
        var theirs = new PostChanged("alphanode-000002", "bob", "checklist edited", 9);

        _inbox.Receive(LiveMessage.Changed("here", mine).ToPayload()!);
        _inbox.Receive("garbage");
        _inbox.Receive(LiveMessage.Changed("there", theirs).ToPayload()!);

        Assert.Equal(theirs, await heard.Task.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken));
        await Task.Delay(100, Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(1, count);
    }

    [Fact]
    public void A_relayed_change_is_not_relayed_again()
    {
        var relay = new CountingRelay();
        var notifier = new PostChangeNotifier([relay]);
        var inbox = new LiveInbox(notifier, _presence, new LiveInstance("here"), LiveTimings.Default, _clock, NullLogger<LiveInbox>.Instance);

        inbox.Receive(LiveMessage.Changed("there", new PostChanged("alphanode-000001", "bob", "approved", 2)).ToPayload()!);
        notifier.Publish(new PostChanged("alphanode-000001", "ann", "approved", 3));

        Assert.Equal([3L], relay.Sent.Select(c => c.RowVersion));
    }

    [Fact]
    public void Another_instances_viewers_show_beside_the_local_ones_until_their_report_expires()
    {
        var me = Guid.NewGuid();
        var changed = new List<string>();
        var localChanged = new List<string>();
        _presence.Changed += changed.Add;
        _presence.LocalChanged += localChanged.Add;
        using var mine = _presence.Join("alphanode-000001", me, "ann");
        using var colleague = _presence.Join("alphanode-000001", Guid.NewGuid(), "cy");

        _inbox.Receive(LiveMessage.PresenceOf("there", "alphanode-000001", ["bob", "cy"]).ToPayload()!);

        Assert.Equal(["bob", "cy"], _presence.Others("alphanode-000001", me));
        Assert.Equal(["ann", "cy"], _presence.LocalNames("alphanode-000001"));

        // Renewed before it expires: still there; not renewed: gone.
        _clock.Advance(LiveTimings.Default.PresenceExpiry - TimeSpan.FromSeconds(1));
        _inbox.Receive(LiveMessage.PresenceOf("there", "alphanode-000001", ["bob", "cy"]).ToPayload()!);
        _clock.Advance(TimeSpan.FromSeconds(2));
        _presence.DropExpired(_clock.GetUtcNow());
        Assert.Equal(["bob", "cy"], _presence.Others("alphanode-000001", me));

        _clock.Advance(LiveTimings.Default.PresenceExpiry);
        _presence.DropExpired(_clock.GetUtcNow());
        Assert.Equal(["cy"], _presence.Others("alphanode-000001", me));

        // Pages re-render on every change; only local changes are reported to the others.
        Assert.Equal(["alphanode-000001", "alphanode-000001", "alphanode-000001", "alphanode-000001"], changed);
        Assert.Equal(["alphanode-000001", "alphanode-000001"], localChanged);
    }

    [Fact]
    public void An_instance_that_says_bye_takes_its_viewers_along_and_an_empty_report_clears_a_post()
    {
        var me = Guid.NewGuid();
        _inbox.Receive(LiveMessage.PresenceOf("there", "alphanode-000001", ["bob"]).ToPayload()!);
        _inbox.Receive(LiveMessage.PresenceOf("there", "alphanode-000002", ["bob"]).ToPayload()!);
        _inbox.Receive(LiveMessage.PresenceOf("elsewhere", "alphanode-000002", ["dee"]).ToPayload()!);

        _inbox.Receive(LiveMessage.Bye("there").ToPayload()!);
        Assert.Empty(_presence.Others("alphanode-000001", me));
        Assert.Equal(["dee"], _presence.Others("alphanode-000002", me));

        _inbox.Receive(LiveMessage.PresenceOf("elsewhere", "alphanode-000002", []).ToPayload()!);
        Assert.Empty(_presence.Others("alphanode-000002", me));
    }

    [Fact]
    public void A_hello_from_another_instance_asks_this_one_to_report_its_presence()
    {
        var asked = 0;
        _inbox.PresenceRequested += () => asked++;

        _inbox.Receive(LiveMessage.Hello("here").ToPayload()!);
        _inbox.Receive(LiveMessage.Hello("there").ToPayload()!);

        Assert.Equal(1, asked);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    private sealed class CountingRelay : IPostChangeRelay
    {
        public List<PostChanged> Sent { get; } = [];

        public void Send(PostChanged change) => Sent.Add(change);
    }
}
