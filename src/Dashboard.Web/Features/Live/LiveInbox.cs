
namespace Dashboard.Web.Features.Live;

/// <summary>
/// What this instance does with a notification from the live channel: a post change goes to
/// this instance's pages, a presence report to <see cref="PostPresence"/>; its own echo and
/// anything unreadable are dropped. Needs no database, so it is tested without one.
/// </summary>
public sealed partial class LiveInbox(
    PostChangeNotifier notifier,
    PostPresence presence,
    LiveInstance instance,
    LiveTimings timings,
    TimeProvider time,
    ILogger<LiveInbox> logger)
{
    /// <summary>Raised when another instance says hello: this instance then reports its presence again.</summary>
    public event Action? PresenceRequested;

    public void Receive(string payload)
    {
        var message = LiveMessage.FromOthers(payload, instance.Id);
        switch (message?.Kind)
        {
            case LiveKind.Post:
                notifier.Deliver(message.ToPostChanged());
                break;
            case LiveKind.Presence:
                presence.SetRemote(message.Instance, message.SourceId!, message.Names!, time.GetUtcNow() + timings.PresenceExpiry);
                break;
            case LiveKind.Hello:
                LogHello(logger, message.Instance);
                PresenceRequested?.Invoke();
                break;
            case LiveKind.Bye:
                LogBye(logger, message.Instance);
                presence.DropInstance(message.Instance);
                break;
            default:
                // Our own echo (every instance hears every notification) or a stranger's payload.
                LogIgnored(logger, payload.Length);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live updates: instance {Instance} joined")]
    private static partial void LogHello(ILogger logger, string instance);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live updates: instance {Instance} is stopping")]
    private static partial void LogBye(ILogger logger, string instance);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Live updates: ignored a notification of {Length} characters (own echo or unreadable)")]
    private static partial void LogIgnored(ILogger logger, int length);
}
