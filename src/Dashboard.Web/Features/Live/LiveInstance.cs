namespace Dashboard.Web.Features.Live;

/// <summary>
/// This process among the app's instances: the id it signs its notifications with, so that it
/// ignores its own echo. Host and process id make a log line traceable; the random part keeps a
/// restarted process (same pid in a container) from being taken for its predecessor.
/// </summary>
public sealed record LiveInstance(string Id)
{
    public static LiveInstance New() => new($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}");
}

/// <summary>How often presence is renewed, when a silent instance's viewers are dropped, and how reconnection backs off.</summary>
public sealed record LiveTimings(TimeSpan Heartbeat, TimeSpan PresenceExpiry, TimeSpan FirstRetry, TimeSpan MaxRetry)
{
    /// <summary>Three missed heartbeats and an instance's viewers are gone; a lost connection is retried after 1, 2, 4 ... 30 s.</summary>
    public static LiveTimings Default { get; } = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(35), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

    /// <summary>The wait before attempt number <paramref name="failures"/> + 1: doubling from <see cref="FirstRetry"/> up to <see cref="MaxRetry"/>.</summary>
    public TimeSpan RetryAfter(int failures)
    {
        var doubled = FirstRetry * Math.Pow(2, Math.Clamp(failures - 1, 0, 16));
        return doubled < MaxRetry ? doubled : MaxRetry;
    }
}
