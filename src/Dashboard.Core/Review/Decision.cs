namespace Dashboard.Core.Review;

/// <summary>Whether an action may happen and, when it may not, why, in words a reviewer understands.</summary>
public sealed record Decision(bool Allowed, string? Reason)
{
    /// <summary>The action may happen.</summary>
    public static Decision Allow { get; } = new(true, null);

    /// <summary>The action may not happen, for <paramref name="reason"/>.</summary>
    public static Decision Deny(string reason) => new(false, reason);
}
