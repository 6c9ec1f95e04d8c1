using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Review;

/// <summary>
/// Everything reviewers do to a post. Each action checks the reviewer's role and the post's
/// status (<see cref="ReviewPolicy"/>), refuses a stale write (the row version the reviewer saw
/// must still be current), rewrites the post's document so export never contradicts the
/// columns, and records who, when, what, before and after. The pages, the HTTP API and the bulk
/// actions all come through here.
/// </summary>
public sealed partial class ReviewService(
    IDbContextFactory<DashboardDbContext> contexts,
    PostChangeNotifier notifier,
    TimeProvider time,
    IOptions<ImportOptions> importOptions,
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

        return ChangeAsync(sourceId, expectedRowVersion, reviewer, ReviewAction.EditChecklist, "checklist edited", null, (post, _) =>
            post with { Meta = post.Meta with { Checklist = cleaned } });
    }

    public Task<ReviewResult> BumpVersionAsync(string sourceId, long expectedRowVersion, VersionBump bump, Reviewer reviewer, CancellationToken cancellationToken = default) =>
        ChangeAsync(sourceId, expectedRowVersion, reviewer, ReviewAction.BumpVersion, $"version bumped ({bump.ToString().ToLowerInvariant()})", null, (post, record) =>
            WithRevision(post, record, version: ReviewPolicy.Bump(SemVersion.Parse(record.Version), bump)));

    public Task<ReviewResult> SubmitAsync(string sourceId, long expectedRowVersion, Reviewer reviewer, CancellationToken cancellationToken = default) =>
        ChangeAsync(sourceId, expectedRowVersion, reviewer, ReviewAction.SubmitForApproval, "sent for approval", null, (post, record) => post);

    public Task<ReviewResult> RequestChangesAsync(string sourceId, long expectedRowVersion, string note, Reviewer reviewer, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(note)
            ? Task.FromResult(ReviewResult.Refused(ReviewFailure.Invalid, "Say what should change: the note is what the editor will read."))
            : ChangeAsync(sourceId, expectedRowVersion, reviewer, ReviewAction.RequestChanges, "changes requested", note.Trim(), (post, _) => post);

    /// <summary>Approves for indexing: last reviewed becomes today and needs-human-review is cleared, so the post leaves the queue.</summary>
    public Task<ReviewResult> ApproveAsync(string sourceId, long expectedRowVersion, Reviewer reviewer, CancellationToken cancellationToken = default) =>
        ChangeAsync(sourceId, expectedRowVersion, reviewer, ReviewAction.Approve, "approved", null, (post, record) =>
            WithFlag(WithRevision(post, record, lastReviewed: Today()), needsHumanReview: false));

    /// <summary>An admin sets status, version and last reviewed directly.</summary>
    public Task<ReviewResult> EditRevisionAsync(
        string sourceId, long expectedRowVersion, string status, string version, DateOnly? lastReviewed, bool confirmBackwards, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        if (!ReviewStatus.IsKnown(status))
        {
            return Task.FromResult(ReviewResult.Refused(ReviewFailure.Invalid, $"\"{status}\" is not a status; use one of: {string.Join(", ", ReviewStatus.All)}."));
        }

        if (!SemVersion.TryParse(version, out var proposed))
        {
            return Task.FromResult(ReviewResult.Refused(ReviewFailure.Invalid, $"\"{version}\" is not a semantic version such as 1.5.3."));
        }

        return ChangeAsync(sourceId, expectedRowVersion, reviewer, ReviewAction.EditRevision, "revision edited", null, (post, record) =>
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

            record.Status = ReviewPolicy.StatusAfterRevisionEdit(status, versionChanged: proposed != current);
            return WithRevision(post, record, version: proposed, lastReviewed: lastReviewed, status: record.Status);
        });
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
            var result = await ChangeAsync(sourceId, request.ExpectedRowVersion, reviewer, ReviewAction.MarkIndexed, "indexed", null, (post, record) =>
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
            return ReviewResult.Refused(ReviewFailure.NotFound, "That newer file is no longer waiting: someone has already taken or dismissed it.");
        }

        return await ChangeAsync(
            sourceId,
            expectedRowVersion,
            reviewer,
            ReviewAction.AcceptImport,
            $"newer import accepted (batch {conflict.ImportBatchId})",
            null,
            (_, record) =>
            {
                record.ImportedHash = conflict.ContentHash;
                return newer;
            },
            cancellationToken,
            async (context, _) => await MarkResolvedAsync(context, conflictId, cancellationToken));
    }

    /// <summary>Keeps the reviewed post as it is and sets the newer file aside, recorded.</summary>
    public async Task<ReviewResult> DismissImportAsync(string sourceId, long conflictId, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Posts.SingleOrDefaultAsync(p => p.SourceId == sourceId, cancellationToken);
        if (record is null || !await db.PostConflicts.AnyAsync(c => c.Id == conflictId && c.PostId == record.Id && c.ResolvedAtUtc == null, cancellationToken))
        {
            return ReviewResult.Refused(ReviewFailure.NotFound, "That newer file is no longer waiting: someone has already taken or dismissed it.");
        }

        var permitted = ReviewPolicy.Permits(reviewer.Role, ReviewAction.AcceptImport);
        if (!permitted.Allowed)
        {
            return ReviewResult.Refused(ReviewFailure.Forbidden, permitted.Reason!);
        }

        var snapshot = RevisionSnapshot.Of(record).ToJson();
        db.PostHistory.Add(new PostHistoryEntry
        {
            PostId = record.Id,
            AtUtc = time.GetUtcNow().UtcDateTime,
            Actor = reviewer.Name,
            Action = "newer import dismissed",
            Before = snapshot,
            After = snapshot,
        });
        await MarkResolvedAsync(db, conflictId, cancellationToken);

        // The content stays, but the post's state changed (its waiting file is gone): a new row
        // version makes every open page of it reload, as for any other recorded change.
        db.Entry(record).Property(p => p.UpdatedAtUtc).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            var current = await fresh.Posts.AsNoTracking().SingleAsync(p => p.Id == record.Id, cancellationToken);
            return await StaleAsync(fresh, current, cancellationToken);
        }

        notifier.Publish(new PostChanged(sourceId, reviewer.Name, "newer import dismissed", record.RowVersion));
        return ReviewResult.Done(record.RowVersion, record.Status, record.Version);
    }

    private async Task MarkResolvedAsync(DashboardDbContext db, long conflictId, CancellationToken cancellationToken)
    {
        var conflict = await db.PostConflicts.SingleAsync(c => c.Id == conflictId, cancellationToken);
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

        return ChangeAsync(sourceId, expectedRowVersion, reviewer, action, description, null, (_, record) =>
        {
            record.Status = snapshot.Status;
            return restored;
        }, cancellationToken);
    }

    private async Task<ReviewResult> ChangeAsync(
        string sourceId,
        long expectedRowVersion,
        Reviewer reviewer,
        ReviewAction action,
        string description,
        string? note,
        Func<Post, PostRecord, Post> change,
        CancellationToken cancellationToken = default,
        Func<DashboardDbContext, PostRecord, Task>? alongside = null)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Posts.SingleOrDefaultAsync(p => p.SourceId == sourceId, cancellationToken);
        if (record is null)
        {
            return ReviewResult.Refused(ReviewFailure.NotFound, $"No post has the source id \"{sourceId}\".");
        }

        var permitted = ReviewPolicy.Permits(reviewer.Role, action);
        if (!permitted.Allowed)
        {
            LogRefused(logger, reviewer.Name, sourceId, action, permitted.Reason!);
            return ReviewResult.Refused(ReviewFailure.Forbidden, permitted.Reason!);
        }

        if (record.RowVersion != expectedRowVersion)
        {
            return await StaleAsync(db, record, cancellationToken);
        }

        var allowed = ReviewPolicy.Check(reviewer.Role, action, record.Status);
        if (!allowed.Allowed)
        {
            return ReviewResult.Refused(ReviewFailure.Invalid, allowed.Reason!);
        }

        var before = RevisionSnapshot.Of(record);
        var post = PostParser.Parse(record.Document).Post
            ?? throw new InvalidOperationException($"The stored document of post {sourceId} no longer parses.");
        Post changed;
        try
        {
            changed = change(post, record);
        }
        catch (RefusedException refused)
        {
            return ReviewResult.Refused(refused.Failure, refused.Message);
        }

        // Direct edits, restores and undos set the status themselves; other actions follow the workflow.
        var status = action is ReviewAction.EditRevision or ReviewAction.RestoreRevision or ReviewAction.UndoBulk
            ? record.Status
            : ReviewPolicy.StatusAfter(action, record.Status);
        changed = WithRevision(changed, record, status: status);
        var document = PostWriter.Write(changed);
        PostMapping.Apply(changed, document, PostMapping.HashOf(document), record);
        record.ReviewerTouched = true;

        var entry = db.PostHistory.Add(new PostHistoryEntry
        {
            PostId = record.Id,
            AtUtc = time.GetUtcNow().UtcDateTime,
            Actor = reviewer.Name,
            Action = description,
            Note = note,
            Before = before.ToJson(),
            After = RevisionSnapshot.Of(record).ToJson(),
            BulkId = reviewer.BulkId,
        });

        if (alongside is not null)
        {
            await alongside(db, record);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write.
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            var current = await fresh.Posts.AsNoTracking().SingleAsync(p => p.Id == record.Id, cancellationToken);
            return await StaleAsync(fresh, current, cancellationToken);
        }

        LogChanged(logger, reviewer.Name, reviewer.Role, sourceId, description, before.Status, record.Status, record.Version);
        notifier.Publish(new PostChanged(sourceId, reviewer.Name, description, record.RowVersion));
        return ReviewResult.Done(record.RowVersion, record.Status, record.Version, entry.Entity.Id);
    }

    private static async Task<ReviewResult> StaleAsync(DashboardDbContext db, PostRecord current, CancellationToken cancellationToken)
    {
        var last = await db.PostHistory.AsNoTracking().Where(h => h.PostId == current.Id).OrderByDescending(h => h.Id)
            .Select(h => new { h.Actor, h.Action, h.AtUtc }).FirstOrDefaultAsync(cancellationToken);
        var who = last is null ? "another change" : $"{last.Actor} ({last.Action}, {last.AtUtc:HH:mm} UTC)";
        return ReviewResult.Refused(ReviewFailure.Conflict,
            $"This post was changed by {who} after you opened it. Nothing was overwritten: reload to see the current post, then apply your change again.");
    }

    private Post WithRevision(Post post, PostRecord record, SemVersion? version = null, DateOnly? lastReviewed = null, string? status = null)
    {
        var current = post.Meta.Revision;
        var revision = new Revision(
            status ?? current?.Status ?? record.Status,
            version ?? current?.Version ?? SemVersion.Parse(record.Version),
            lastReviewed ?? current?.LastReviewed)
        {
            Extra = current?.Extra ?? [],
        };
        return post with { Meta = post.Meta with { Revision = revision } };
    }

    private static Post WithFlag(Post post, bool needsHumanReview)
    {
        var flags = post.Meta.Flags is { } current
            ? current with { NeedsHumanReview = needsHumanReview }
            : new Flags(false, post.Body.OfType<Figure>().Any(), false, needsHumanReview);
        return post with { Meta = post.Meta with { Flags = flags } };
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    [LoggerMessage(Level = LogLevel.Information, Message = "{User} ({Role}) {Action} post {SourceId}: {StatusBefore} -> {StatusAfter}, version {Version}")]
    private static partial void LogChanged(ILogger logger, string user, Role role, string sourceId, string action, string statusBefore, string statusAfter, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{User} was refused {Action} on post {SourceId}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string user, string sourceId, ReviewAction action, string reason);

    private sealed class RefusedException(ReviewFailure failure, string message) : Exception(message)
    {
        public ReviewFailure Failure { get; } = failure;
    }
}
