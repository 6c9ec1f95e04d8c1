using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.NearCopies;
using Dashboard.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Review;

/// <summary>
/// Everything reviewers do to a post. Each action says what it changes and goes through the one
/// apply path (ReviewApply.cs): the reviewer's role and the post's status (<see cref="ReviewPolicy"/>),
/// a stale write refused (the row version the reviewer saw must still be current), the post's
/// document rewritten so export never contradicts the columns, and who, when, what, before and
/// after recorded. The pages, the HTTP API and the bulk actions all come through here.
/// </summary>
public sealed partial class ReviewService(
    IDbContextFactory<DashboardDbContext> contexts,
    PostChangeNotifier notifier,
    NearCopyClustering clustering,
    TimeProvider time,
    IOptions<ImportOptions> importOptions,
    Checks.PostCheckRunner checks,
    IOptions<ReviewOptions> reviewOptions,
    DoubleReview.DoubleReviewGate doubleReview,
    ILogger<ReviewService> logger)
{
    public Task<ReviewResult> EditChecklistAsync(string sourceId, long expectedRowVersion, IReadOnlyList<string> items, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        var cleaned = items.Select(i => i.Trim()).ToList();
        if (cleaned.Any(i => i.Length == 0))
        {
            return Task.FromResult(ReviewResult.Refused(ReviewFailure.Invalid, "A checklist item cannot be empty; remove it instead."));
        }

        if (cleaned.Any(i => i.Contains('\n') || i.Contains('\r')))
        {
            return Task.FromResult(ReviewResult.Refused(ReviewFailure.Invalid, "A checklist item must fit on one line."));
        }

        // The import's own limits, so the post's export can always be imported again.
        if (importOptions.Value.Checklist.Check(cleaned) is { } tooLarge)
        {
            return Task.FromResult(ReviewResult.Refused(ReviewFailure.Invalid, $"Not saved: {tooLarge}."));
        }

        return ApplyAsync(sourceId, expectedRowVersion, reviewer, ReviewAction.EditChecklist, "checklist edited", (post, _) =>
            post with { Meta = post.Meta with { Checklist = cleaned } }, cancellationToken);
    }

    public Task<ReviewResult> BumpVersionAsync(string sourceId, long expectedRowVersion, VersionBump bump, Reviewer reviewer, CancellationToken cancellationToken = default) =>
        ApplyAsync(sourceId, expectedRowVersion, reviewer, ReviewAction.BumpVersion, $"version bumped ({bump.ToString().ToLowerInvariant()})", (post, record) =>
            WithRevision(post, record, version: ReviewPolicy.Bump(SemVersion.Parse(record.Version), bump)), cancellationToken);

    public Task<ReviewResult> SubmitAsync(string sourceId, long expectedRowVersion, Reviewer reviewer, CancellationToken cancellationToken = default) =>
        SubmitAsync(sourceId, expectedRowVersion, note: null, reviewer, cancellationToken);

    /// <summary>Sends the post to a lead, with an optional note for the lead (shown at the top of the post until a lead decides).</summary>
    public Task<ReviewResult> SubmitAsync(string sourceId, long expectedRowVersion, string? note, Reviewer reviewer, CancellationToken cancellationToken = default) =>
        TooLong(note) is { } refused
            ? Task.FromResult(refused)
            : ApplyAsync(sourceId, expectedRowVersion, reviewer, ReviewAction.SubmitForApproval, "sent for approval", (post, _) => post, cancellationToken,
                note: string.IsNullOrWhiteSpace(note) ? null : note.Trim());

    public Task<ReviewResult> RequestChangesAsync(string sourceId, long expectedRowVersion, string note, Reviewer reviewer, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(note)
            ? Task.FromResult(ReviewResult.Refused(ReviewFailure.Invalid, "Say what should change: the note is what the editor will read."))
            : TooLong(note) is { } refused
                ? Task.FromResult(refused)
                : ApplyAsync(sourceId, expectedRowVersion, reviewer, ReviewAction.RequestChanges, "changes requested", (post, _) => post, cancellationToken, note: note.Trim());

    private static ReviewResult? TooLong(string? note) => note?.Trim().Length > ReviewNotes.MaxLength
        ? ReviewResult.Refused(ReviewFailure.Invalid, $"The note has {note.Trim().Length} characters; at most {ReviewNotes.MaxLength} are kept.")
        : null;

    /// <summary>Approves for indexing: last reviewed becomes today and needs-human-review is cleared, so the post leaves the queue.</summary>
    public Task<ReviewResult> ApproveAsync(string sourceId, long expectedRowVersion, Reviewer reviewer, CancellationToken cancellationToken = default) =>
        ApplyAsync(sourceId, expectedRowVersion, reviewer, ReviewAction.Approve, "approved", Approval, cancellationToken);

    /// <summary>An admin sets status, version and last reviewed directly.</summary>
    /// <summary>Why <paramref name="version"/> cannot be a post's version: the revision editor says it beside the field, the service when refusing.</summary>
    public static string NotAVersion(string version) => $"\"{version}\" is not a semantic version such as 1.5.3.";

    public Task<ReviewResult> EditRevisionAsync(
        string sourceId, long expectedRowVersion, string status, string version, DateOnly? lastReviewed, bool confirmBackwards, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        if (!ReviewStatus.IsKnown(status))
        {
            return Task.FromResult(ReviewResult.Refused(ReviewFailure.Invalid, $"\"{status}\" is not a status; use one of: {string.Join(", ", ReviewStatus.All)}."));
        }

        if (!SemVersion.TryParse(version, out var proposed))
        {
            return Task.FromResult(ReviewResult.Refused(ReviewFailure.Invalid, NotAVersion(version)));
        }

        return ApplyAsync(sourceId, expectedRowVersion, reviewer, ReviewAction.EditRevision, "revision edited", (post, record) =>
        {
            if (ReviewPolicy.CheckRevisionEdit(record.Status, status) is { Allowed: false } refused)
            {
                throw new RefusedException(ReviewFailure.Invalid, refused.Reason!);
            }

            var current = SemVersion.Parse(record.Version);
            var decision = ReviewPolicy.CheckVersionChange(current, proposed, confirmBackwards);
            if (!decision.Allowed)
            {
                throw new RefusedException(ReviewFailure.NeedsConfirmation, decision.Reason!);
            }

            return new Changed(WithRevision(post, record, version: proposed, lastReviewed: lastReviewed), status, ContentChanged: proposed != current);
        }, cancellationToken);
    }

    /// <summary>
    /// Marks the posts the indexer took as indexed. Each names the row version the indexer read:
    /// a post changed since is refused (the indexer has not seen its current state) and stays in
    /// the feed; posts that are not approved are refused with the reason; nothing else changes.
    /// </summary>
    public async Task<IndexAcknowledgement> MarkIndexedAsync(IReadOnlyList<IndexAckRequest> requests, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        var permitted = ReviewPolicy.Permits(reviewer.Role, ReviewAction.MarkIndexed);
        if (!permitted.Allowed)
        {
            return new IndexAcknowledgement([], [.. requests.Select(r => new IndexRefusal(r.SourceId, permitted.Reason!))], Forbidden: true);
        }

        var indexed = new List<string>();
        var refused = new List<IndexRefusal>();
        foreach (var request in requests.DistinctBy(r => r.SourceId, StringComparer.Ordinal))
        {
            var sourceId = request.SourceId;
            var result = await ApplyAsync(sourceId, request.ExpectedRowVersion, reviewer, ReviewAction.MarkIndexed, "indexed", (post, record) =>
            {
                record.IndexedAtUtc = time.GetUtcNow().UtcDateTime;
                return post;
            }, cancellationToken);
            if (result.Succeeded)
            {
                indexed.Add(sourceId);
            }
            else
            {
                refused.Add(new IndexRefusal(sourceId, result.Failure switch
                {
                    ReviewFailure.Conflict => "changed since the feed gave it: it stays in the feed, read it again",
                    ReviewFailure.NotFound => "no such post",
                    _ => result.Message ?? "refused",
                }));
            }
        }

        return new IndexAcknowledgement(indexed, refused, Forbidden: false);
    }

    /// <summary>
    /// Takes the newer file that an import stored beside a post reviewers had worked on: it
    /// becomes the post's content (an approved post goes back to review), the conflict is
    /// resolved, and the change is recorded, all in one transaction.
    /// </summary>
    public async Task<ReviewResult> AcceptImportAsync(string sourceId, long expectedRowVersion, long conflictId, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var conflict = await db.PostConflicts.AsNoTracking()
            .Where(c => c.Id == conflictId && c.ResolvedAtUtc == null && db.Posts.Any(p => p.Id == c.PostId && p.SourceId == sourceId))
            .Select(c => new { c.Document, c.ContentHash, c.ImportBatchId })
            .SingleOrDefaultAsync(cancellationToken);
        if (conflict is null || PostParser.Parse(conflict.Document).Post is not { } newer)
        {
            return ReviewResult.Refused(ReviewFailure.NotFound, NoLongerWaiting);
        }

        return await ApplyAsync(
            sourceId,
            expectedRowVersion,
            reviewer,
            ReviewAction.AcceptImport,
            $"newer import accepted (batch {conflict.ImportBatchId})",
            (_, record) =>
            {
                record.ImportedHash = conflict.ContentHash;
                return newer;
            },
            cancellationToken,
            alongside: (context, _) => MarkResolvedAsync(context, conflictId, cancellationToken));
    }

    /// <summary>
    /// Keeps the reviewed post as it is and sets the newer file aside, recorded. It asks for no row
    /// version: whatever the post is now is what is kept. The content stays, but the post's state
    /// changed (its waiting file is gone), so it gets a new row version and every open page of it
    /// reloads, as for any other recorded change.
    /// </summary>
    public async Task<ReviewResult> DismissImportAsync(string sourceId, long conflictId, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.PostConflicts.AnyAsync(c => c.Id == conflictId && c.ResolvedAtUtc == null && db.Posts.Any(p => p.Id == c.PostId && p.SourceId == sourceId), cancellationToken))
        {
            return ReviewResult.Refused(ReviewFailure.NotFound, NoLongerWaiting);
        }

        return await ApplyAsync(
            sourceId,
            expectedRowVersion: null,
            reviewer,
            ReviewAction.DismissImport,
            "newer import dismissed",
            (post, _) => post,
            cancellationToken,
            alongside: (context, _) => MarkResolvedAsync(context, conflictId, cancellationToken));
    }

    private const string NoLongerWaiting = "That newer file is no longer waiting: someone has already taken or dismissed it.";

    private async Task MarkResolvedAsync(DashboardDbContext db, long conflictId, CancellationToken cancellationToken)
    {
        // Read again in the change's own context: another reviewer may have resolved it meanwhile.
        var conflict = await db.PostConflicts.SingleAsync(c => c.Id == conflictId, cancellationToken);
        if (conflict.ResolvedAtUtc is not null)
        {
            throw new RefusedException(ReviewFailure.NotFound, NoLongerWaiting);
        }

        conflict.ResolvedAtUtc = time.GetUtcNow().UtcDateTime;
    }

    /// <summary>Puts back the state a history entry recorded (its "after"), as a new, recorded change.</summary>
    public async Task<ReviewResult> RestoreAsync(string sourceId, long expectedRowVersion, long historyId, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entry = await db.PostHistory.AsNoTracking()
            .Where(h => h.Id == historyId && db.Posts.Any(p => p.Id == h.PostId && p.SourceId == sourceId))
            .Select(h => new { h.After, h.AtUtc })
            .SingleOrDefaultAsync(cancellationToken);
        if (entry is null || RevisionSnapshot.FromJson(entry.After) is not { } snapshot)
        {
            return ReviewResult.Refused(ReviewFailure.NotFound, "That revision cannot be restored: it is not a recorded revision of this post.");
        }

        return await PutBackAsync(sourceId, expectedRowVersion, snapshot, ReviewAction.RestoreRevision, $"revision of {entry.AtUtc:yyyy-MM-dd HH:mm} UTC restored", reviewer, cancellationToken);
    }

    /// <summary>Puts <paramref name="snapshot"/> back as a new, recorded change (restore, undo of a bulk action).</summary>
    internal Task<ReviewResult> PutBackAsync(
        string sourceId, long expectedRowVersion, RevisionSnapshot snapshot, ReviewAction action, string description, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        if (PostParser.Parse(snapshot.Document).Post is not { } restored)
        {
            return Task.FromResult(ReviewResult.Refused(ReviewFailure.NotFound, "That revision cannot be restored: its recorded document no longer parses."));
        }

        return ApplyAsync(sourceId, expectedRowVersion, reviewer, action, description, (_, record) =>
        {
            // An undo takes back the latest change, an assignment included; a restore brings back
            // content, and leaves who works on the post as it is now.
            if (action == ReviewAction.UndoBulk)
            {
                record.AssigneeName = snapshot.Assignee;
            }

            return new Changed(restored, snapshot.Status);
        }, cancellationToken);
    }
}
