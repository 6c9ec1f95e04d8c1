using Dashboard.Web.Features.Live;

namespace Dashboard.Web.Features.Live;

/// <summary>A post was changed by someone: open pages reload it.</summary>
public sealed record PostChanged(string SourceId, string By, string What, long RowVersion);

/// <summary>
/// Publish/subscribe of post changes, so open pages (the queue, a post page in another tab or of
/// another reviewer) update live. Subscribers are the pages of this process; a relay (on
/// PostgreSQL, <see cref="PostgresLivePublisher"/>) carries each change to the other instances,
/// which hand it to their own pages through <see cref="Deliver"/>.
/// </summary>
public sealed class PostChangeNotifier(IEnumerable<IPostChangeRelay> relays)
{
    private readonly Lock _gate = new();
    private readonly IPostChangeRelay[] _relays = [.. relays];
    private ImmutableHandlers _handlers = new([]);

    /// <summary>A notifier for this process alone (SQLite, tests).</summary>
    public PostChangeNotifier()
        : this([])
    {
    }

    public IDisposable Subscribe(Func<PostChanged, Task> handler)
    {
        lock (_gate)
        {
            _handlers = new ImmutableHandlers([.. _handlers.Items, handler]);
        }

        return new Subscription(this, handler);
    }

    /// <summary>A change made in this process: this process's pages hear of it, and so do the other instances.</summary>
    public void Publish(PostChanged change)
    {
        Deliver(change);
        foreach (var relay in _relays)
        {
            relay.Send(change);
        }
    }

    /// <summary>A change to hand to this process's pages only (one that another instance made and relayed).</summary>
    public void Deliver(PostChanged change)
    {
        foreach (var handler in _handlers.Items)
        {
            // A page's handler marshals onto its own circuit; a failing page must not stop the others.
            _ = Task.Run(async () =>
            {
                try
                {
                    await handler(change);
                }
                catch (Exception)
                {
                    // The page is gone or broken; it unsubscribes when disposed.
                }
            });
        }
    }

    private void Unsubscribe(Func<PostChanged, Task> handler)
    {
        lock (_gate)
        {
            _handlers = new ImmutableHandlers([.. _handlers.Items.Where(h => h != handler)]);
        }
    }

    private sealed record ImmutableHandlers(Func<PostChanged, Task>[] Items);

    private sealed class Subscription(PostChangeNotifier owner, Func<PostChanged, Task> handler) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(handler);
    }
}
