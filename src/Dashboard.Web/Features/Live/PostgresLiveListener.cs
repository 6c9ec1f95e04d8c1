using Dashboard.Web.Data;
using Npgsql;

namespace Dashboard.Web.Features.Live;

/// <summary>
/// Holds one dedicated connection that LISTENs on the live channel and hands every notification
/// to the <see cref="LiveInbox"/>. When the connection drops (database restart, network, a
/// terminated backend) it logs, waits (1, 2, 4 ... 30 s) and connects again; changes made while
/// it was away are not replayed, the pages catch up on their next change or reload.
/// </summary>
public sealed partial class PostgresLiveListener(
    DashboardConnection connection,
    LiveInbox inbox,
    PostgresLivePublisher publisher,
    LiveTimings timings,
    TimeProvider time,
    ILogger<PostgresLiveListener> logger) : BackgroundService
{
    /// <summary>The listening connection's application_name, to find it in pg_stat_activity.</summary>
    public const string ApplicationName = "dashboard-live-listener";

    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first LISTEN is in place.</summary>
    public Task Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var listener = new NpgsqlConnection(ListenerConnectionString());
                listener.Notification += (_, notification) => inbox.Receive(notification.Payload);
                await listener.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {LiveMessage.Channel}", listener))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                LogListening(logger, LiveMessage.Channel, failures);
                failures = 0;
                publisher.SendHello();
                _listening.TrySetResult();
                while (true)
                {
                    await listener.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever broke the connection, the app goes on serving; only live updates from
                // the other instances pause until the next attempt.
                failures++;
                var delay = timings.RetryAfter(failures);
                LogConnectionLost(logger, ex, failures, delay.TotalSeconds);
                try
                {
                    await Task.Delay(delay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Its own physical connection (a pooled one would go back to the pool with LISTEN on it),
    /// with keepalives so that a silently dead connection is noticed while waiting.
    /// </summary>
    private string ListenerConnectionString() => new NpgsqlConnectionStringBuilder(connection.ConnectionString)
    {
        Pooling = false,
        KeepAlive = 15,
        ApplicationName = ApplicationName,
    }.ToString();

    // Another instance asking who is here is answered by this one's publisher, from the start.
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        inbox.PresenceRequested += publisher.AnnounceAllPresence;
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        inbox.PresenceRequested -= publisher.AnnounceAllPresence;
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live updates: listening on {Channel} for the other instances' changes (after {Failures} failed attempts)")]
    private static partial void LogListening(ILogger logger, string channel, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live updates: the listening connection failed ({Failures} in a row); reconnecting in {DelaySeconds} s")]
    private static partial void LogConnectionLost(ILogger logger, Exception exception, int failures, double delaySeconds);
}
