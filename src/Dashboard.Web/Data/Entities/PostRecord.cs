using Dashboard.Core.Format;

namespace Dashboard.Web.Data.Entities;

/// <summary>
/// A post as stored. Columns hold what is queried, filtered and edited by reviewers;
/// <see cref="Document"/> holds the imported file in canonical form, so nothing of the
/// file (body, outline, notes, unknown meta) is ever lost.
/// </summary>
public sealed class PostRecord
{
    public long Id { get; set; }
    public required string SourceId { get; set; }
    public required string Title { get; set; }
    public string? Topic { get; set; }
    public string? Summary { get; set; }
    public string? Difficulty { get; set; }
    public string? CodeLanguage { get; set; }
    public int? ReadingTime { get; set; }
    public long? ViewCount { get; set; }

    // The score columns, one per ScoreFields entry, mapped by EF as indexer properties
    // (ScoreColumns), so a new score adds no property here.
    private readonly Dictionary<string, object?> _scores = [];

    /// <summary>A score column by its name (<see cref="ScoreColumns.Column"/>); EF reads and writes them through it.</summary>
    public object? this[string column]
    {
        get => _scores.GetValueOrDefault(column);
        set => _scores[column] = value;
    }

    public required string Status { get; set; }
    public required string Version { get; set; }
    // The version's numbers, so the queue can sort versions as versions, not as text.
    public long VersionMajor { get; set; }
    public long VersionMinor { get; set; }
    public long VersionPatch { get; set; }
    public DateOnly? LastReviewed { get; set; }

    public bool NeedsHumanReview { get; set; }
    /// <summary>Flagged needs-human-review and not yet approved: the review queue, stored so its pages come from one index.</summary>
    public bool InQueue { get; set; }
    public bool HasImages { get; set; }
    public bool ImageHeavy { get; set; }
    public bool AiGeneratedStyle { get; set; }
    public int ImageCount { get; set; }

    /// <summary>How many of the post's checks fail at error severity (see <c>Dashboard.Core.Checks</c>), stored so the queue filters and sorts on it.</summary>
    public int CheckErrors { get; set; }
    /// <summary>How many fail at warning severity.</summary>
    public int CheckWarnings { get; set; }

    /// <summary>The near-copy cluster the post belongs to, or null when its article is a near-copy of no other post's.</summary>
    public long? ClusterId { get; set; }
    /// <summary>How many posts its cluster has (1 when alone), stored so the queue filters and sorts on it.</summary>
    public int ClusterSize { get; set; } = 1;

    // The post's rejection, read from its document's revision map (Dashboard.Core.Review.Rejection)
    // whenever the document is written: null unless the status is rejected.
    public string? RejectionReason { get; set; }
    public string? RejectionNote { get; set; }
    public string? DuplicateOf { get; set; }
    public string? RejectedBy { get; set; }
    public DateTime? RejectedAtUtc { get; set; }
    /// <summary>The account (its user name, as history names actors) a lead gave the post to, or null; never set by an import.</summary>
    public string? AssigneeName { get; set; }

    /// <summary>When the post entered its current status (import, workflow action, edit, restore or undo), for the queue's "waiting" and overdue marks.</summary>
    public DateTime StatusSinceUtc { get; set; }

    public List<string> Stack { get; set; } = [];
    public List<string> Tools { get; set; } = [];
    public List<string> Checklist { get; set; } = [];
    public List<EntityValue> Entities { get; set; } = [];

    public string? Reference { get; set; }
    public string? Hash { get; set; }

    /// <summary>The post as a file in canonical form, reviewers' edits included: what export writes.</summary>
    public required string Document { get; set; }
    /// <summary>SHA-256 of <see cref="Document"/>: importing an export of the post again is "unchanged".</summary>
    public required string ContentHash { get; set; }
    /// <summary>SHA-256 of the last file imported for this post; importing it again is "unchanged" even after reviewers' edits.</summary>
    public required string ImportedHash { get; set; }
    /// <summary>True once a reviewer has edited, sent or approved the post; a changed import then becomes a conflict.</summary>
    public bool ReviewerTouched { get; set; }
    public DateTime ImportedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? IndexedAtUtc { get; set; }
    public long? LastImportBatchId { get; set; }

    /// <summary>Optimistic concurrency: each save sets it to the stored value + 1.</summary>
    public long RowVersion { get; set; }

    /// <summary>The stored value of <paramref name="score"/>, or null.</summary>
    public int? GetScore(ScoreField score) => (int?)this[score.Column()];

    public void SetScore(ScoreField score, int? value) => this[score.Column()] = value;
}

public sealed class EntityValue
{
    public required string Name { get; set; }
    public required string Type { get; set; }
}
