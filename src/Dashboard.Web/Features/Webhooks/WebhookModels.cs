using Dashboard.Web.Data.Entities;

namespace Dashboard.Web.Features.Webhooks;

/// <summary>An endpoint as the admin page and the API show it: never its secret.</summary>
public sealed record EndpointView(
    long Id, string Url, IReadOnlyList<string> Events, string CreatedBy, DateTime CreatedAtUtc, DateTime? DisabledAtUtc, string? DisabledReason)
{
    public bool Disabled => DisabledAtUtc is not null;
}

/// <summary>A new endpoint and its secret, which is shown this once.</summary>
public sealed record RegisteredEndpoint(EndpointView Endpoint, string Secret);

/// <summary>One row of an endpoint's delivery log.</summary>
public sealed record DeliveryView(
    long Id, string EventId, string Type, DateTime OccurredAtUtc, WebhookDeliveryStatus Status, int Attempts,
    DateTime? LastAttemptUtc, DateTime? NextAttemptUtc, int? ResponseCode, string? LastError);

/// <summary>A page of a delivery log and how many rows it has in all.</summary>
public sealed record DeliveryLog(int Total, IReadOnlyList<DeliveryView> Items);

public enum WebhookFailure
{
    None,
    Forbidden,
    NotFound,
    Invalid,
}

/// <summary>What an admin call did, or why it was refused (naming the field when the input was wrong).</summary>
public sealed record WebhookResult<T>(T? Value, WebhookFailure Failure, string? Field, string? Message)
{
    public bool Succeeded => Failure == WebhookFailure.None;

    public static implicit operator WebhookResult<T>(WebhookResult refused) => new(default, refused.Failure, refused.Field, refused.Message);
}

/// <summary>A refusal, whatever the call's result type.</summary>
public sealed record WebhookResult(WebhookFailure Failure, string? Field, string Message)
{
    public static WebhookResult Forbidden(string message) => new(WebhookFailure.Forbidden, null, message);

    public static WebhookResult NotFound(string message) => new(WebhookFailure.NotFound, null, message);

    public static WebhookResult Invalid(string field, string message) => new(WebhookFailure.Invalid, field, message);

    public static WebhookResult<T> Done<T>(T value) => new(value, WebhookFailure.None, null, null);
}
