namespace Dashboard.Web.Data.Entities;

/// <summary>One event for one endpoint: the delivery log's row, with its attempts so far.</summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }

    public long EndpointId { get; set; }

    public long EventId { get; set; }

    public WebhookDeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    /// <summary>When it was queued (or replayed): retries stop a retry period after it.</summary>
    public DateTime QueuedAtUtc { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    public DateTime? LastAttemptUtc { get; set; }

    /// <summary>The receiver's HTTP status of the last attempt; null when none was received.</summary>
    public int? ResponseCode { get; set; }

    /// <summary>Why the last attempt failed, when no status says it (a timeout, a refused connection).</summary>
    public string? LastError { get; set; }
}

/// <summary>Where a delivery stands; stored as its number.</summary>
public enum WebhookDeliveryStatus
{
    Pending = 0,
    Delivered = 1,
    Failed = 2,
}
