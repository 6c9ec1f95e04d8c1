namespace Dashboard.Core.Webhooks;

/// <summary>
/// When a failed delivery is tried again: after <c>first</c>, then twice as long each time (capped
/// at <see cref="MaxDelay"/>), until the event is <c>giveUpAfter</c> old; then it has failed.
/// </summary>
public sealed record WebhookRetry(TimeSpan First, TimeSpan GiveUpAfter)
{
    /// <summary>The longest wait between two attempts.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(4);

    /// <summary>When to try again after the <paramref name="attempts"/>th failed attempt, or null when the delivery has failed for good.</summary>
    public DateTime? NextAttempt(int attempts, DateTime firstQueuedUtc, DateTime nowUtc)
    {
        var deadline = firstQueuedUtc + GiveUpAfter;
        if (nowUtc >= deadline)
        {
            return null;
        }

        var doubled = First.Ticks * Math.Pow(2, Math.Min(attempts - 1, 40));
        var delay = TimeSpan.FromTicks((long)Math.Min(doubled, MaxDelay.Ticks));
        var next = nowUtc + delay;
        // The last attempt is made at the deadline rather than never.
        return next > deadline ? deadline : next;
    }
}
