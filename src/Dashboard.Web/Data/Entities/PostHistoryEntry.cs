using Dashboard.Core.Review;

namespace Dashboard.Web.Data.Entities;

/// <summary>One change to a post: who, when, what, and the state before and after (JSON).</summary>
public sealed class PostHistoryEntry
{
    public long Id { get; set; }
    public long PostId { get; set; }
    public DateTime AtUtc { get; set; }
    public required string Actor { get; set; }

    /// <summary>What happened, as a value: undo, colours and filters read this, never <see cref="Action"/>.</summary>
    public HistoryKind Kind { get; set; }

    /// <summary>What happened, in words for people ("version bumped (minor)").</summary>
    public required string Action { get; set; }
    public string? Note { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public long? ImportBatchId { get; set; }
    /// <summary>Groups the entries of one bulk action, so it can be undone as one.</summary>
    public Guid? BulkId { get; set; }
}
