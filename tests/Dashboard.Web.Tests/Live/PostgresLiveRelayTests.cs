using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.TestSupport;

namespace Dashboard.Web.Tests.Live;

/// <summary>Two instances' relays on one PostgreSQL database (needs <c>DASHBOARD_TEST_POSTGRES</c>).</summary>
public sealed class PostgresLiveRelayTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_change_published_on_one_instance_reaches_the_others_pages_and_its_own_only_once()
    {
        await using var database = await DatabaseAsync();
        await using var one = await LiveNode.StartAsync(database.ConnectionString);
        await using var two = await LiveNode.StartAsync(database.ConnectionString);
        var edited = new PostChanged("alphanode-000001", "ann@example.test", "checklist edited", 7);
        var approved = new PostChanged("alphanode-000002", "bob@example.test", "approved", 3);

        one.Notifier.Publish(edited);
        await EventuallyAsync(() => two.Heard.Count == 1);
        Assert.Equal(edited, two.Heard[0]);

        // The second instance answers; once its change is back at the first, the first's own echo
        // (sent earlier on the same channel) has long been heard and dropped.
        two.Notifier.Publish(approved);
        await EventuallyAsync(() => one.Heard.Count == 2);
        await Task.Delay(300, Xunit.TestContext.Current.CancellationToken);
        Assert.Equal([edited, approved], one.Heard);
        Assert.Equal([edited, approved], two.Heard);
    }

    [Fact]
    public async Task The_listener_reconnects_after_its_connection_is_terminated_and_hears_changes_again()
    {
        await using var database = await DatabaseAsync();
        await using var one = await LiveNode.StartAsync(database.ConnectionString);
        await using var two = await LiveNode.StartAsync(database.ConnectionString);

        database.Scalar(
            $"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = '{PostgresLiveListener.ApplicationName}'");

        // Changes sent while the second was away are lost (not replayed); keep publishing until
        // one arrives after it reconnected.
        var deadline = DateTime.UtcNow + Patience;
        var version = 0L;
        while (two.Heard.Count == 0 && DateTime.UtcNow < deadline)
        {
            one.Notifier.Publish(new PostChanged("alphanode-000003", "ann@example.test", "version bumped (patch)", ++version));
            await Task.Delay(200, Xunit.TestContext.Current.CancellationToken);
        }

        Assert.NotEmpty(two.Heard);
        Assert.All(two.Heard, change => Assert.Equal("alphanode-000003", change.SourceId));
    }

    [Fact]
    public async Task Who_has_a_post_open_on_one_instance_shows_on_the_other_until_it_stops()
    {
        await using var database = await DatabaseAsync();
        await using var one = await LiveNode.StartAsync(database.ConnectionString);
        await using var two = await LiveNode.StartAsync(database.ConnectionString);
        var page = Guid.NewGuid();

        using (one.Presence.Join("alphanode-000004", Guid.NewGuid(), "ann@example.test"))
        {
            await EventuallyAsync(() => two.Presence.Others("alphanode-000004", page) is ["ann@example.test"]);
            Assert.Empty(one.Presence.Others("alphanode-000004", page).Except(["ann@example.test"]));
        }

        await EventuallyAsync(() => two.Presence.Others("alphanode-000004", page).Count == 0);

        // Open again, then the instance stops cleanly: it says bye.
        using var again = one.Presence.Join("alphanode-000004", Guid.NewGuid(), "ann@example.test");
        await EventuallyAsync(() => two.Presence.Others("alphanode-000004", page).Count == 1);
        await one.StopAsync();
        await EventuallyAsync(() => two.Presence.Others("alphanode-000004", page).Count == 0);
    }

    [Fact]
    public async Task The_viewers_of_an_instance_that_dies_without_a_word_vanish_when_their_report_expires()
    {
        await using var database = await DatabaseAsync();
        var one = await LiveNode.StartAsync(database.ConnectionString);
        await using var two = await LiveNode.StartAsync(database.ConnectionString);
        var page = Guid.NewGuid();
        one.Presence.Join("alphanode-000005", Guid.NewGuid(), "cy@example.test");
        await EventuallyAsync(() => two.Presence.Others("alphanode-000005", page) is ["cy@example.test"]);

        await one.DieAsync();

        // The report lasts LiveNode.Quick's expiry (1 s) and is dropped at the next heartbeat.
        await EventuallyAsync(() => two.Presence.Others("alphanode-000005", page).Count == 0);
    }

    [Fact]
    public async Task An_instance_that_joins_later_learns_who_already_has_posts_open()
    {
        await using var database = await DatabaseAsync();
        await using var one = await LiveNode.StartAsync(database.ConnectionString);
        using var viewer = one.Presence.Join("alphanode-000006", Guid.NewGuid(), "dee@example.test");

        await using var late = await LiveNode.StartAsync(database.ConnectionString);

        await EventuallyAsync(() => late.Presence.Others("alphanode-000006", Guid.NewGuid()) is ["dee@example.test"]);
    }

    // A database of the test's own on the PostgreSQL server of DASHBOARD_TEST_POSTGRES.
    private static Task<TestStorage> DatabaseAsync()
    {
        TestStorage.SkipOnSqlite("LISTEN/NOTIFY between instances");
        return TestStorage.CreateAsync();
    }

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The other instance did not hear of it in time.");
            await Task.Delay(50, Xunit.TestContext.Current.CancellationToken);
        }
    }
}
