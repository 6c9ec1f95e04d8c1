using Dashboard.Core.Checks;
using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Data.Imports;
using Dashboard.Web.Features.Review;

namespace Dashboard.Web.Features.Imports;

/// <summary>
/// What becomes of a file, decided here once for every store: a new source id is imported; the
/// content the post has (its export, even one the import would admit otherwise), or last had
/// from a file, is unchanged; a changed file replaces a post no
/// reviewer has touched and is kept beside one they have (a conflict, resolved on the post page).
/// </summary>
internal static class ImportDecision
{
    public static ImportOutcome For(StoredPost? stored, string contentHash, string? fileHash = null) => stored switch
    {
        null => ImportOutcome.Imported,
        _ when contentHash == stored.ImportedHash || contentHash == stored.ContentHash || fileHash == stored.ContentHash => ImportOutcome.Unchanged,
        { ReviewerTouched: true } => ImportOutcome.Conflict,
        _ => ImportOutcome.Updated,
    };

    /// <summary>Decides, and has the store write what was decided; also gives the checks stored with the post (none when nothing was stored).</summary>
    public static (ImportOutcome Outcome, IReadOnlyList<CheckResult> StoredChecks) Apply(IPostStore store, long batchId, PreparedPost post, CheckContext checks, DateTime nowUtc)
    {
        var record = post.Record;
        var stored = store.Find(record.SourceId);
        var outcome = For(stored, record.ContentHash, post.FileHash);
        StoredRevision? before = null;
        if (outcome == ImportOutcome.Updated)
        {
            // A read-ahead may be older than a reviewer's last save (PostgreSQL reads it without a
            // lock): decide again on the row as it is now, locked until the chunk commits.
            (stored, before) = store.Lock(stored!.Id);
            outcome = For(stored, record.ContentHash, post.FileHash);
        }

        switch (outcome)
        {
            case ImportOutcome.Imported:
                store.Insert(batchId, post);
                break;
            case ImportOutcome.Conflict:
                store.AddConflict(stored!.Id, batchId, post, nowUtc);
                break;
            case ImportOutcome.Updated:
                // The file may be older than the post it replaces: its version is held against the stored one.
                post = post.WithHistory(checks with { PreviousVersions = [SemVersion.Parse(before!.Version)] });
                record.ImportedAtUtc = record.UpdatedAtUtc = nowUtc;
                store.Update(stored!.Id, batchId, post, ImportedRevision(batchId, before!, record, nowUtc));
                break;
        }

        return (outcome, outcome is ImportOutcome.Imported or ImportOutcome.Updated ? post.Checks : []);
    }

    /// <summary>Who history names for what an import did.</summary>
    public const string Actor = "importer";

    /// <summary>The history entry of a changed file replacing a post's content: written only here.</summary>
    internal static ImportHistoryRow ImportedRevision(long batchId, StoredRevision before, Data.Entities.PostRecord after, DateTime atUtc) => new(
        atUtc,
        Actor,
        HistoryKind.ImportedRevision,
        "imported revision",
        $"a changed file replaced the post's content (batch {batchId})",
        new RevisionSnapshot(before.Status, before.Version, before.LastReviewed, before.NeedsHumanReview, before.Checklist, before.Document).ToJson(),
        RevisionSnapshot.Of(after).ToJson());
}
