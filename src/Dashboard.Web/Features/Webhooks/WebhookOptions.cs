using System.ComponentModel.DataAnnotations;

namespace Dashboard.Web.Features.Webhooks;

/// <summary>The <c>Webhooks</c> section: where events may be sent, how they are batched and retried.</summary>
public sealed class WebhookOptions : IValidatableObject
{
    public const string Section = "Webhooks";

    /// <summary>Whether this instance runs the dispatcher (every instance may: each event is still delivered once).</summary>
    public bool Deliver { get; set; } = true;

    /// <summary>
    /// The hosts an endpoint may name, separated by <c>;</c>: <c>hooks.example.org</c>, <c>*.example.org</c>
    /// (its subdomains), or <c>*</c> (any). Empty, the default: none, so nothing leaves the server until an admin says where.
    /// </summary>
    public string AllowedHosts { get; set; } = "";

    /// <summary>The most events one request carries to an endpoint.</summary>
    [Range(1, 1000, ErrorMessage = "Webhooks:BatchSize must be from 1 to 1000 events.")]
    public int BatchSize { get; set; } = 100;

    /// <summary>The wait after the first failed attempt; each later one waits twice as long (at most 4 hours).</summary>
    [Range(1, 3600, ErrorMessage = "Webhooks:FirstRetrySeconds must be from 1 to 3600 seconds.")]
    public int FirstRetrySeconds { get; set; } = 30;

    /// <summary>How long a delivery is retried before it fails and its endpoint is disabled.</summary>
    [Range(1, 168, ErrorMessage = "Webhooks:RetryHours must be from 1 to 168 hours.")]
    public int RetryHours { get; set; } = 24;

    /// <summary>How long the dispatcher waits for a receiver's answer.</summary>
    [Range(1, 120, ErrorMessage = "Webhooks:TimeoutSeconds must be from 1 to 120 seconds.")]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>How often the dispatcher looks for new events and due retries.</summary>
    [Range(1, 300, ErrorMessage = "Webhooks:PollSeconds must be from 1 to 300 seconds.")]
    public int PollSeconds { get; set; } = 2;

    internal WebhookHosts Hosts => WebhookHosts.Parse(AllowedHosts);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (WebhookHosts.Problem(AllowedHosts) is { } problem)
        {
            yield return new ValidationResult($"Webhooks:AllowedHosts: {problem}.", [nameof(AllowedHosts)]);
        }
    }
}
