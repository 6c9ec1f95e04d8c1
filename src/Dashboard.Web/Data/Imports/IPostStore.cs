using Dashboard.Core.Review;
using Dashboard.Web.Data.Entities;

namespace Dashboard.Web.Data.Imports;

/// <summary>
/// Where the importer reads and writes, one transaction per chunk; each provider has its own
/// (prepared statements on SQLite, COPY on PostgreSQL) and owns its connection. A store decides
/// nothing: what becomes of a file is decided once, by the importer. Within a chunk each source
/// id comes at most once (the importer refuses a second file with the same id), so a store may
/// defer its inserts to <see cref="Commit"/>.
/// </summary>
public interface IPostStore : IDisposable
{
    /// <summary>
    /// Records a new batch and takes its lease (see <see cref="IRunningImports"/>), held until
    /// <see cref="FinishBatch"/> or <see cref="IDisposable.Dispose"/> and dropped with the process.
    /// </summary>
    long StartBatch(string origin, string importedBy);

    /// <summary>Stores the batch's counts so far in the open chunk's transaction: they commit with the chunk.</summary>
    void SaveCounts(long batchId, ImportCounts counts);

    /// <summary>Marks the batch finished with its counts and writes its webhook event, in one transaction, then drops its lease.</summary>
    void FinishBatch(long batchId, ImportCounts counts, WebhookEventRecord finished);

    /// <summary>Starts a chunk's transaction, waiting for any other import's chunk to finish.</summary>
    void Begin();

    /// <summary>Reads ahead what is stored for these source ids, in the open transaction.</summary>
    void Prefetch(IReadOnlyList<string> sourceIds);

    /// <summary>What is stored for the source id, or null for a new post. May be read ahead without a lock.</summary>
    StoredPost? Find(string sourceId);

    /// <summary>The post as stored now, locked until the chunk commits, with its revision for the history.</summary>
    (StoredPost Post, StoredRevision Revision) Lock(long id);

    void Insert(long batchId, PreparedPost post);

    /// <summary>Replaces the post's imported columns (a new row version) and adds the history entry.</summary>
    void Update(long id, long batchId, PreparedPost post, ImportHistoryRow history);

    /// <summary>Stores the file beside the post, unless the same content already waits there.</summary>
    void AddConflict(long postId, long batchId, PreparedPost post, DateTime detectedAtUtc);

    void AddError(long batchId, string file, int line, string message);

    void Commit();

    void Rollback();
}

/// <summary>What the import decision needs of a stored post.</summary>
public sealed record StoredPost(long Id, string ContentHash, string ImportedHash, bool ReviewerTouched);

/// <summary>A stored post's reviewable state, as the history's "before" records it.</summary>
public sealed record StoredRevision(string Status, string Version, DateOnly? LastReviewed, bool NeedsHumanReview, IReadOnlyList<string> Checklist, string Document);

/// <summary>A history entry the importer writes, as the store stores it.</summary>
public sealed record ImportHistoryRow(DateTime AtUtc, string Actor, HistoryKind Kind, string Action, string Note, string Before, string After);
