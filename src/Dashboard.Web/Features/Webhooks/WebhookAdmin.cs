using Dashboard.Core.Review;
using Dashboard.Core.Webhooks;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Webhooks;

/// <summary>
/// The admin's side of webhooks, for the admin page and the API alike: register an endpoint (its
/// secret is returned this once), list endpoints and their delivery log, replay a delivery, enable
/// a disabled endpoint, remove one. Every call checks the caller is an admin.
/// </summary>
public sealed partial class WebhookAdmin(
    IDbContextFactory<DashboardDbContext> contexts, IOptionsMonitor<WebhookOptions> options, TimeProvider time, ILogger<WebhookAdmin> logger)
{
    public const int LogPageSize = 50;

    public async Task<WebhookResult<RegisteredEndpoint>> RegisterAsync(string? url, IReadOnlyList<string>? events, Reviewer admin, CancellationToken cancellationToken = default)
    {
        if (NotAdmin(admin) is { } denied)
        {
            return denied;
        }

        if (options.CurrentValue.Hosts.Refusal(url) is { } refused)
        {
            return WebhookResult.Invalid("url", refused);
        }

        var (wanted, unknown) = WebhookSubscription.Resolve(events ?? []);
        if (unknown is not null)
        {
            return WebhookResult.Invalid("events", $"\"{unknown}\" is not an event; the events are {string.Join(", ", WebhookEventTypes.All.Select(e => e.Name))}.");
        }

        if (wanted.Count == 0)
        {
            return WebhookResult.Invalid("events", "Choose at least one event.");
        }

        var endpoint = new WebhookEndpoint
        {
            Url = url!.Trim(),
            Secret = WebhookSignature.NewSecret(),
            Events = WebhookSubscription.Format(wanted),
            CreatedBy = admin.Name,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        LogRegistered(logger, admin.Name, endpoint.Id, endpoint.Url, endpoint.Events);
        return WebhookResult.Done(new RegisteredEndpoint(ViewOf(endpoint), endpoint.Secret));
    }

    public async Task<WebhookResult<IReadOnlyList<EndpointView>>> ListAsync(Reviewer admin, CancellationToken cancellationToken = default)
    {
        if (NotAdmin(admin) is { } denied)
        {
            return denied;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var endpoints = await db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return WebhookResult.Done<IReadOnlyList<EndpointView>>([.. endpoints.Select(ViewOf)]);
    }

    /// <summary>The endpoint's delivery log, newest first, a page of <see cref="LogPageSize"/>.</summary>
    public async Task<WebhookResult<DeliveryLog>> DeliveriesAsync(long endpointId, int page, Reviewer admin, CancellationToken cancellationToken = default)
    {
        if (NotAdmin(admin) is { } denied)
        {
            return denied;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.WebhookEndpoints.AnyAsync(e => e.Id == endpointId, cancellationToken))
        {
            return WebhookResult.NotFound($"No webhook endpoint has the id {endpointId}.");
        }

        var query = db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == endpointId);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(d => d.Id).Skip(Math.Max(0, page - 1) * LogPageSize).Take(LogPageSize)
            .Join(db.WebhookEvents, d => d.EventId, e => e.Id, (d, e) => new DeliveryView(
                d.Id, WebhookMessage.EventId(e.Id), e.Type, e.OccurredAtUtc, d.Status, d.Attempts, d.LastAttemptUtc,
                d.Status == WebhookDeliveryStatus.Pending ? d.NextAttemptUtc : null, d.ResponseCode, d.LastError))
            .ToListAsync(cancellationToken);
        return WebhookResult.Done(new DeliveryLog(total, rows));
    }

    /// <summary>Sends a delivery again, as new: its retries start over.</summary>
    public async Task<WebhookResult<bool>> ReplayAsync(long deliveryId, Reviewer admin, CancellationToken cancellationToken = default)
    {
        if (NotAdmin(admin) is { } denied)
        {
            return denied;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var replayed = await db.WebhookDeliveries.Where(d => d.Id == deliveryId).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Pending).SetProperty(d => d.QueuedAtUtc, now).SetProperty(d => d.NextAttemptUtc, now),
            cancellationToken);
        if (replayed == 0)
        {
            return WebhookResult.NotFound($"No webhook delivery has the id {deliveryId}.");
        }

        LogReplayed(logger, admin.Name, deliveryId);
        return WebhookResult.Done(true);
    }

    /// <summary>Enables a disabled endpoint again; what failed meanwhile is sent once replayed.</summary>
    public Task<WebhookResult<bool>> EnableAsync(long endpointId, Reviewer admin, CancellationToken cancellationToken = default) =>
        ChangeEndpointAsync(endpointId, admin, (db, id) => db.WebhookEndpoints.Where(e => e.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.DisabledAtUtc, (DateTime?)null).SetProperty(e => e.DisabledReason, (string?)null), cancellationToken));

    public Task<WebhookResult<bool>> RemoveAsync(long endpointId, Reviewer admin, CancellationToken cancellationToken = default) =>
        ChangeEndpointAsync(endpointId, admin, (db, id) => db.WebhookEndpoints.Where(e => e.Id == id).ExecuteDeleteAsync(cancellationToken));

    private async Task<WebhookResult<bool>> ChangeEndpointAsync(long endpointId, Reviewer admin, Func<DashboardDbContext, long, Task<int>> change)
    {
        if (NotAdmin(admin) is { } denied)
        {
            return denied;
        }

        await using var db = await contexts.CreateDbContextAsync();
        return await change(db, endpointId) == 0
            ? WebhookResult.NotFound($"No webhook endpoint has the id {endpointId}.")
            : WebhookResult.Done(true);
    }

    private static WebhookResult? NotAdmin(Reviewer who) =>
        who.Role == Role.Admin ? null : WebhookResult.Forbidden("Only an admin manages webhooks.");

    private static EndpointView ViewOf(WebhookEndpoint e) =>
        new(e.Id, e.Url, [.. WebhookSubscription.Parse(e.Events)], e.CreatedBy, e.CreatedAtUtc, e.DisabledAtUtc, e.DisabledReason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Admin} registered webhook endpoint {EndpointId} ({Url}) for {Events}")]
    private static partial void LogRegistered(ILogger logger, string admin, long endpointId, string url, string events);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Admin} replayed webhook delivery {DeliveryId}")]
    private static partial void LogReplayed(ILogger logger, string admin, long deliveryId);
}
