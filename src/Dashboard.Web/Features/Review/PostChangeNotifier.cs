namespace Dashboard.Web.Features.Review;

/// <summary>A post was changed by someone: open pages reload it.</summary>
public sealed record PostChanged(string SourceId, string By, string What, long RowVersion);

/// <summary>
/// In-process publish/subscribe of post changes, so open pages (the queue, a post page in
/// another tab or of another reviewer) update live.
/// </summary>
public sealed class PostChangeNotifier
{
    private readonly Lock _gate = new();
    private ImmutableHandlers _handlers = new([]);

    public IDisposable Subscribe(Func<PostChanged, Task> handler)
    {
        lock (_gate)
        {
            _handlers = new ImmutableHandlers([.. _handlers.Items, handler]);
        }

        return new Subscription(this, handler);
    }

    public void Publish(PostChanged change)
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
