using Dashboard.Core.Review;

namespace Dashboard.Core.Webhooks;

/// <summary>One kind of event a webhook endpoint may subscribe to.</summary>
/// <param name="Name">The event's <c>type</c> as receivers see it, e.g. <c>post.approved</c>.</param>
/// <param name="Summary">When it is sent, for the admin page, the API and the README.</param>
/// <param name="Payload">The fields of its <c>data</c> object, as documented.</param>
/// <param name="EnteredStatus">For a post event: the status whose entry raises it, whichever action made it; null for the others.</param>
/// <param name="EnteredLotState">For a lot event: the lot state whose entry raises it; null for the others.</param>
public sealed record WebhookEventType(string Name, string Summary, string Payload, string? EnteredStatus = null, Sampling.LotState? EnteredLotState = null);

/// <summary>
/// The events as a table: one row per event type. A new event is a row here and one
/// <c>WebhookOutbox.Add</c> call in the apply path of the change it reports.
/// </summary>
public static class WebhookEventTypes
{
    private const string PostPayload = "sourceId, title, status, version, etag, actor, note (the reviewer's note, or null)";

    /// <summary>A post entered approved.</summary>
    public static readonly WebhookEventType PostApproved = new("post.approved", "A lead approved a post for the index.", PostPayload, ReviewStatus.Approved);
    /// <summary>A post entered rejected.</summary>
    public static readonly WebhookEventType PostRejected = new("post.rejected", "A post was rejected (it leaves the queue).", PostPayload + ", reason, duplicateOf", ReviewStatus.Rejected);
    /// <summary>A post entered changes requested.</summary>
    public static readonly WebhookEventType PostChangesRequested = new("post.changes_requested", "A lead sent a post back to its editor.", PostPayload, ReviewStatus.ChangesRequested);
    /// <summary>A post entered indexed.</summary>
    public static readonly WebhookEventType PostIndexed = new("post.indexed", "The search indexer acknowledged a post.", PostPayload, ReviewStatus.Indexed);
    /// <summary>An import batch finished.</summary>
    public static readonly WebhookEventType ImportFinished = new("import.finished", "An import batch finished.", "batchId, origin, importedBy, imported, updated, unchanged, conflicts, failed");

    private const string LotPayload = "lotId, name, importBatchId, state, lotSize, sampleSize, acceptance, rejection, aql, decidedBy, outcome (the plan, the sample's result and the defects by reason)";

    /// <summary>A lead accepted a lot on its sample: the rest of the lot was approved.</summary>
    public static readonly WebhookEventType LotAccepted = new("lot.accepted", "A lead accepted a lot on the evidence of its sample; the rest of the lot was approved.", LotPayload, EnteredLotState: Sampling.LotState.Accepted);
    /// <summary>A lead rejected a lot on its sample.</summary>
    public static readonly WebhookEventType LotRejected = new("lot.rejected", "A lead rejected a lot on the evidence of its sample (kept for full review, or rejected back to the generator).", LotPayload, EnteredLotState: Sampling.LotState.Rejected);

    /// <summary>Every event type, in the order the admin page lists them.</summary>
    public static readonly IReadOnlyList<WebhookEventType> All = [PostApproved, PostRejected, PostChangesRequested, PostIndexed, ImportFinished, LotAccepted, LotRejected];

    private static readonly Dictionary<string, WebhookEventType> ByName = All.ToDictionary(e => e.Name, StringComparer.Ordinal);

    /// <summary>The event type of that name, or null.</summary>
    public static WebhookEventType? Named(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The post event raised when a post enters <paramref name="status"/> from another status, or null.</summary>
    public static WebhookEventType? ForEnteredStatus(string status) => All.FirstOrDefault(e => e.EnteredStatus == status);

    /// <summary>The lot event raised when a lot enters <paramref name="state"/>, or null (planning raises none).</summary>
    public static WebhookEventType? ForLotState(Sampling.LotState state) => All.FirstOrDefault(e => e.EnteredLotState == state);
}
