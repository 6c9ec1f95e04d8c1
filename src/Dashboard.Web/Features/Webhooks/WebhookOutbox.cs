using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Core.Webhooks;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Data.Imports;

namespace Dashboard.Web.Features.Webhooks;

/// <summary>
/// Where a change writes its webhook event: into the outbox table, through the change's own
/// context or store, so the event commits or rolls back with it. Each service's one apply path
/// calls this once; the dispatcher delivers what committed.
/// </summary>
public static class WebhookOutbox
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds an event to the context's pending changes: it is saved by the change's own SaveChanges.</summary>
    public static void Add(DashboardDbContext db, WebhookEventType type, object data, DateTime nowUtc) =>
        db.WebhookEvents.Add(Event(type, data, nowUtc));

    /// <summary>
    /// The post event of the status the change entered, if it raises one (<see cref="WebhookEventType.EnteredStatus"/>).
    /// Called before the save: the post's new etag is its row version plus one, as every recorded change makes it.
    /// </summary>
    public static void AddPostEvent(DashboardDbContext db, PostRecord post, string statusBefore, string actor, string? note, DateTime nowUtc)
    {
        if (post.Status != statusBefore && WebhookEventTypes.ForEnteredStatus(post.Status) is { } type)
        {
            Add(db, type, PostEventData.Of(post, post.RowVersion + 1, actor, note), nowUtc);
        }
    }

    /// <summary>The lot event of the state the lot entered, if it raises one: saved with the lot's own change.</summary>
    public static void AddLotEvent(DashboardDbContext db, Lot lot, DateTime nowUtc)
    {
        if (WebhookEventTypes.ForLotState(lot.State) is { } type)
        {
            Add(db, type, new LotEventData(lot.Id, lot.Name, lot.ImportBatchId, lot.State.ToString(), lot.LotSize, lot.SampleSize, lot.Acceptance, lot.Rejection, lot.Aql, lot.DecidedBy, lot.Outcome), nowUtc);
        }
    }

    /// <summary>The <c>import.finished</c> event, for the import store to write with the batch's last counts.</summary>
    public static WebhookEventRecord ImportFinished(long batchId, string origin, string importedBy, ImportCounts counts, DateTime nowUtc) =>
        Event(WebhookEventTypes.ImportFinished, new ImportFinishedData(batchId, origin, importedBy, counts.Imported, counts.Updated, counts.Unchanged, counts.Conflicts, counts.Failed), nowUtc);

    private static WebhookEventRecord Event(WebhookEventType type, object data, DateTime nowUtc) =>
        new() { Type = type.Name, Data = JsonSerializer.Serialize(data, Json), OccurredAtUtc = nowUtc };
}

/// <summary>The <c>data</c> of a post event.</summary>
public sealed record PostEventData(
    string SourceId, string Title, string Status, string Version, [property: JsonPropertyName("etag")] string ETag, string Actor, string? Note, string? Reason, string? DuplicateOf)
{
    public static PostEventData Of(PostRecord post, long rowVersion, string actor, string? note) =>
        new(post.SourceId, post.Title, post.Status, post.Version, $"\"{rowVersion}\"", actor, note, post.RejectionReason, post.DuplicateOf);
}

/// <summary>The <c>data</c> of <c>import.finished</c>: the batch and its counts.</summary>
public sealed record ImportFinishedData(long BatchId, string Origin, string ImportedBy, int Imported, int Updated, int Unchanged, int Conflicts, int Failed);

/// <summary>The <c>data</c> of a lot event.</summary>
public sealed record LotEventData(
    long LotId, string Name, long? ImportBatchId, string State, int LotSize, int SampleSize, int Acceptance, int Rejection, decimal Aql, string? DecidedBy, string? Outcome);
