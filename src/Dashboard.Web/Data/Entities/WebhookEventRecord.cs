namespace Dashboard.Web.Data.Entities;

/// <summary>
/// The outbox: one event, written in the same transaction as the change it reports, so a crash
/// loses none and a rolled-back change leaves none. The dispatcher fans it out into one
/// <see cref="WebhookDelivery"/> per subscribed endpoint.
/// </summary>
public sealed class WebhookEventRecord
{
    public long Id { get; set; }

    /// <summary>The event type's name (<c>WebhookEventTypes</c>).</summary>
    public required string Type { get; set; }

    /// <summary>Its <c>data</c> object, as JSON.</summary>
    public required string Data { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    /// <summary>Whether its deliveries have been made (one per endpoint that wanted it then).</summary>
    public bool FannedOut { get; set; }
}
