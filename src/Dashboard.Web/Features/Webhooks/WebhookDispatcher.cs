using Dashboard.Core.Webhooks;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Webhooks;

/// <summary>
/// Delivers what the outbox holds. A round first fans new events out into one delivery per
/// endpoint that wants them (claimed in one conditional update, so two instances never both do),
/// then, per endpoint under a lease that only one instance holds at a time, sends the due
/// deliveries in batches of <see cref="WebhookOptions.BatchSize"/>, signed, and records each outcome.
/// </summary>
public sealed partial class WebhookDispatcher(
    IDbContextFactory<DashboardDbContext> contexts,
    WebhookSender sender,
    IOptionsMonitor<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookDispatcher> logger)
{
    private const int FanOutBatch = 1000;

    /// <summary>This dispatcher, in this process on this machine: the start of each lease holder's name.</summary>
    internal string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>One round: every new event fanned out, every due delivery tried. Returns the requests sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        while (await FanOutAsync(cancellationToken))
        {
        }

        var now = Now();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptUtc <= now)
            .Select(d => d.EndpointId).Distinct().ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var endpointId in due)
        {
            sent += await DeliverToAsync(endpointId, cancellationToken);
        }

        return sent;
    }

    // True when there may be more to fan out.
    private async Task<bool> FanOutAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A plain read first: on SQLite a transaction takes the write lock, which an idle round should not.
        if (!await db.WebhookEvents.AnyAsync(e => !e.FannedOut, cancellationToken))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var events = await db.WebhookEvents.AsNoTracking().Where(e => !e.FannedOut).OrderBy(e => e.Id).Take(FanOutBatch)
            .Select(e => new { e.Id, e.Type }).ToListAsync(cancellationToken);
        if (events.Count == 0)
        {
            return false;
        }

        // The claim: on PostgreSQL another instance's update of the same rows waits for this
        // transaction, then finds them fanned out and claims fewer than it read, and starts again.
        var ids = events.Select(e => e.Id).ToList();
        var claimed = await db.WebhookEvents.Where(e => ids.Contains(e.Id) && !e.FannedOut)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.FannedOut, true), cancellationToken);
        if (claimed != ids.Count)
        {
            await transaction.RollbackAsync(cancellationToken);
            return true;
        }

        var now = Now();
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.DisabledAtUtc == null)
            .Select(e => new { e.Id, e.Events }).ToListAsync(cancellationToken);
        foreach (var endpoint in endpoints)
        {
            var wanted = WebhookSubscription.Parse(endpoint.Events);
            foreach (var e in events.Where(e => wanted.Contains(e.Type)))
            {
                db.WebhookDeliveries.Add(new WebhookDelivery { EndpointId = endpoint.Id, EventId = e.Id, QueuedAtUtc = now, NextAttemptUtc = now });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return events.Count == FanOutBatch;
    }

    private async Task<int> DeliverToAsync(long endpointId, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        // Each round leases under a name of its own, so two rounds never share a lease, even in one process.
        var owner = $"{Instance}/{Guid.NewGuid():N}";
        var sent = 0;
        try
        {
            while (await TakeLeaseAsync(endpointId, owner, settings, cancellationToken) is { } endpoint)
            {
                var (count, full) = await DeliverBatchAsync(endpoint, settings, cancellationToken);
                sent += count;
                if (!full)
                {
                    break;
                }
            }
        }
        finally
        {
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            await db.WebhookEndpoints.Where(e => e.Id == endpointId && e.LeaseOwner == owner)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.LeaseUntilUtc, (DateTime?)null).SetProperty(e => e.LeaseOwner, (string?)null), CancellationToken.None);
        }

        return sent;
    }

    // One instance at a time: the update matches only while nobody else's lease holds. On
    // PostgreSQL a second instance's update waits for the first's and then re-checks the lease.
    private async Task<WebhookEndpoint?> TakeLeaseAsync(long endpointId, string owner, WebhookOptions settings, CancellationToken cancellationToken)
    {
        var now = Now();
        var until = now + TimeSpan.FromSeconds((settings.TimeoutSeconds * 3) + 30);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var taken = await db.WebhookEndpoints
            .Where(e => e.Id == endpointId && e.DisabledAtUtc == null && (e.LeaseUntilUtc == null || e.LeaseUntilUtc < now || e.LeaseOwner == owner))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LeaseOwner, owner).SetProperty(e => e.LeaseUntilUtc, until), cancellationToken);
        return taken == 1 ? await db.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Id == endpointId, cancellationToken) : null;
    }

    // Returns the requests sent (0 or 1) and whether a full batch went, so more may be due.
    private async Task<(int Sent, bool Full)> DeliverBatchAsync(WebhookEndpoint endpoint, WebhookOptions settings, CancellationToken cancellationToken)
    {
        var now = Now();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deliveries = await db.WebhookDeliveries
            .Where(d => d.EndpointId == endpoint.Id && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptUtc <= now)
            .OrderBy(d => d.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
        if (deliveries.Count == 0)
        {
            return (0, false);
        }

        var eventIds = deliveries.Select(d => d.EventId).ToList();
        var events = await db.WebhookEvents.AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var message = WebhookMessage.For(endpoint.Id, deliveries, events);
        var outcome = settings.Hosts.Refusal(endpoint.Url) is { } refused
            ? new WebhookAttempt(null, refused)
            : await sender.SendAsync(endpoint, message, cancellationToken);

        var retry = new WebhookRetry(TimeSpan.FromSeconds(settings.FirstRetrySeconds), TimeSpan.FromHours(settings.RetryHours));
        var gaveUp = false;
        foreach (var delivery in deliveries)
        {
            delivery.Attempts++;
            delivery.LastAttemptUtc = now;
            delivery.ResponseCode = outcome.ResponseCode;
            delivery.LastError = outcome.Error;
            if (outcome.Succeeded)
            {
                delivery.Status = WebhookDeliveryStatus.Delivered;
            }
            else if (retry.NextAttempt(delivery.Attempts, delivery.QueuedAtUtc, now) is { } next)
            {
                delivery.NextAttemptUtc = next;
            }
            else
            {
                delivery.Status = WebhookDeliveryStatus.Failed;
                gaveUp = true;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (gaveUp)
        {
            await DisableAsync(db, endpoint, outcome, settings, now, cancellationToken);
        }

        if (outcome.Succeeded)
        {
            LogDelivered(logger, deliveries.Count, endpoint.Id, message.Id);
        }
        else
        {
            LogFailed(logger, deliveries.Count, endpoint.Id, outcome.ResponseCode, outcome.Error);
        }

        return (outcome.Sent ? 1 : 0, outcome.Succeeded && deliveries.Count == settings.BatchSize);
    }

    private async Task DisableAsync(DashboardDbContext db, WebhookEndpoint endpoint, WebhookAttempt outcome, WebhookOptions settings, DateTime now, CancellationToken cancellationToken)
    {
        var reason = $"Deliveries failed for {settings.RetryHours} hours; the last attempt got "
            + (outcome.ResponseCode is { } code ? $"HTTP {code}" : outcome.Error) + ".";
        await db.WebhookEndpoints.Where(e => e.Id == endpoint.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.DisabledAtUtc, now).SetProperty(e => e.DisabledReason, reason), cancellationToken);
        // What was still waiting for it waits no longer: replaying after enabling it sends it again.
        await db.WebhookDeliveries.Where(d => d.EndpointId == endpoint.Id && d.Status == WebhookDeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Failed), cancellationToken);
        LogDisabled(logger, endpoint.Id, endpoint.Url, endpoint.CreatedBy, reason);
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook: {Count} events delivered to endpoint {EndpointId} as {MessageId}")]
    private static partial void LogDelivered(ILogger logger, int count, long endpointId, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook: {Count} events not delivered to endpoint {EndpointId}: HTTP {ResponseCode} {Error}")]
    private static partial void LogFailed(ILogger logger, int count, long endpointId, int? responseCode, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook endpoint {EndpointId} ({Url}) of {Admin} disabled: {Reason}")]
    private static partial void LogDisabled(ILogger logger, long endpointId, string url, string admin, string reason);
}
