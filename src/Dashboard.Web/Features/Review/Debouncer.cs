namespace Dashboard.Web.Features.Review;

/// <summary>
/// Runs an action once things have been quiet for <c>delay</c>: a bulk action publishes a change
/// per post, and the queue should reload once, not thousands of times.
/// </summary>
public sealed class Debouncer(TimeSpan delay, Func<Task> action) : IDisposable
{
    private readonly Lock _gate = new();
    private Timer? _timer;
    private bool _disposed;

    public void Trigger()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _timer ??= new Timer(_ => _ = RunAsync(), null, Timeout.Infinite, Timeout.Infinite);
            _timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task RunAsync()
    {
        try
        {
            await action();
        }
        catch (Exception)
        {
            // The page is gone or broken; the next change tries again.
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer?.Dispose();
        }
    }
}
