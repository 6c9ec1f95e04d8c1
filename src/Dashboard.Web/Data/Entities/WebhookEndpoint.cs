namespace Dashboard.Web.Data.Entities;

/// <summary>
/// A receiver an admin registered: its URL, its signing secret and the events it wants. One
/// instance at a time delivers to it (the lease), so each event reaches it once.
/// </summary>
public sealed class WebhookEndpoint
{
    public long Id { get; set; }

    public required string Url { get; set; }

    /// <summary>The <c>whsec_</c> signing secret, shown once when the endpoint is registered.</summary>
    public required string Secret { get; set; }

    /// <summary>The event type names it wants, comma separated.</summary>
    public required string Events { get; set; }

    /// <summary>The admin who registered it, told when it is disabled.</summary>
    public required string CreatedBy { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Set when its deliveries kept failing for the whole retry period: it is sent nothing until enabled again.</summary>
    public DateTime? DisabledAtUtc { get; set; }

    public string? DisabledReason { get; set; }

    /// <summary>The instance delivering to it now, and until when its lease holds.</summary>
    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntilUtc { get; set; }
}
