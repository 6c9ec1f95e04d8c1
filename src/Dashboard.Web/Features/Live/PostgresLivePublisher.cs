using System.Threading.Channels;
using Dashboard.Web.Data;
using Npgsql;

namespace Dashboard.Web.Features.Live;

/// <summary>
/// Sends this instance's notifications with <c>pg_notify</c>: every post change published here,
/// who has which post open here (on every change and again each heartbeat, so that the reports
/// stay fresh while the instance lives), hello on connecting and bye on stopping. Callers only
/// queue; one loop sends, over a pooled connection, and waits and retries while the database is
/// unreachable. The heartbeat also drops the other instances' reports that were not renewed.
/// </summary>
public sealed partial class PostgresLivePublisher : BackgroundService, IPostChangeRelay
{
    private readonly Channel<LiveMessage> _outbox = Channel.CreateBounded<LiveMessage>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly DashboardConnection _connection;
    private readonly PostPresence _presence;
    private readonly LiveInstance _instance;
    private readonly LiveTimings _timings;
    private readonly TimeProvider _time;
    private readonly ILogger<PostgresLivePublisher> _logger;

    public PostgresLivePublisher(
        DashboardConnection connection,
        PostPresence presence,
        LiveInstance instance,
        LiveTimings timings,
        TimeProvider time,
        ILogger<PostgresLivePublisher> logger)
    {
        _connection = connection;
        _presence = presence;
        _instance = instance;
        _timings = timings;
        _time = time;
        _logger = logger;
        _presence.LocalChanged += AnnouncePresence;
    }

    public void Send(PostChanged change) => Enqueue(LiveMessage.Changed(_instance.Id, change));

    public void SendHello() => Enqueue(LiveMessage.Hello(_instance.Id));

    private void Enqueue(LiveMessage message) => _outbox.Writer.TryWrite(message);

    private void AnnouncePresence(string sourceId) => Enqueue(LiveMessage.PresenceOf(_instance.Id, sourceId, _presence.LocalNames(sourceId)));

    /// <summary>Reports every post someone has open here (each heartbeat, and when another instance says hello).</summary>
    public void AnnounceAllPresence()
    {
        foreach (var sourceId in _presence.LocalSourceIds())
        {
            AnnouncePresence(sourceId);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(SendLoopAsync(stoppingToken), HeartbeatLoopAsync(stoppingToken));

    private async Task HeartbeatLoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_timings.Heartbeat, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                AnnounceAllPresence();
                _presence.DropExpired(_time.GetUtcNow());
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task SendLoopAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        try
        {
            while (await _outbox.Reader.WaitToReadAsync(stoppingToken))
            {
                try
                {
                    await SendQueuedAsync(stoppingToken);
                    if (failures > 0)
                    {
                        LogSendingAgain(_logger, failures);
                    }

                    failures = 0;
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // The message that failed stays first in the queue and goes out after the wait.
                    failures++;
                    var delay = _timings.RetryAfter(failures);
                    LogSendFailed(_logger, ex, failures, delay.TotalSeconds);
                    await Task.Delay(delay, _time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Sends everything queued, in order, over one connection; a message leaves the queue once sent.</summary>
    private async Task SendQueuedAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_connection.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        while (_outbox.Reader.TryPeek(out var message))
        {
            if (message.ToPayload() is { } payload)
            {
                await NotifyAsync(connection, payload, cancellationToken);
            }
            else
            {
                LogTooLarge(_logger, message.Kind, message.SourceId);
            }

            _outbox.Reader.TryRead(out _);
        }
    }

    private static async Task NotifyAsync(NpgsqlConnection connection, string payload, CancellationToken cancellationToken)
    {
        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
        notify.Parameters.AddWithValue("channel", LiveMessage.Channel);
        notify.Parameters.AddWithValue("payload", payload);
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Says bye, so that the others drop this instance's viewers at once instead of at expiry.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(TimeSpan.FromSeconds(2));
            await using var connection = new NpgsqlConnection(_connection.ConnectionString);
            await connection.OpenAsync(deadline.Token);
            await NotifyAsync(connection, LiveMessage.Bye(_instance.Id).ToPayload()!, deadline.Token);
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or TimeoutException or InvalidOperationException)
        {
            // The others drop this instance's viewers when its reports expire.
            LogByeFailed(_logger, ex.Message);
        }
    }

    public override void Dispose()
    {
        _presence.LocalChanged -= AnnouncePresence;
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live updates: sending to the other instances failed ({Failures} in a row); retrying in {DelaySeconds} s")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, int failures, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live updates: sending to the other instances again after {Failures} failures")]
    private static partial void LogSendingAgain(ILogger logger, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live updates: a {Kind} notification for {SourceId} is too large to send and was dropped")]
    private static partial void LogTooLarge(ILogger logger, LiveKind kind, string? sourceId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Live updates: could not say bye to the other instances: {Reason}")]
    private static partial void LogByeFailed(ILogger logger, string reason);
}
