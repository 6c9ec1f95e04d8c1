using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.NearCopies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Dashboard.Web.Features.Review;

/// <summary>
/// The one apply path every review action goes through: permission, state rule, change, history,
/// concurrency, notification and log, in that order and in one place.
/// </summary>
public sealed partial class ReviewService
{
    // A change that expects no particular row version (dismissing a newer file) is applied again
    // to what is stored now when another write came first; one that expects one is refused as stale.
    private const int MaxAttempts = 3;

    /// <summary>
    /// What an action makes of the post: the changed post and, for the actions that set the status
    /// themselves (revision edit, restore, undo), that status and whether the content changed.
    /// </summary>
    private readonly record struct Changed(Post Post, string? Status = null, bool ContentChanged = false)
    {
        public static implicit operator Changed(Post post) => new(post);
    }

    private async Task<ReviewResult> ApplyAsync(
        string sourceId,
        long? expectedRowVersion,
        Reviewer reviewer,
        ReviewAction action,
        string description,
        Func<Post, PostRecord, Changed> change,
        CancellationToken cancellationToken,
        string? note = null,
        Func<DashboardDbContext, PostRecord, Task>? alongside = null,
        string? verdict = null)
    {
        var request = new Request(sourceId, expectedRowVersion, reviewer, action, description, change, note, alongside, verdict ?? Core.Review.DoubleReview.VerdictOf(action));
        if (_chunk is { } chunk)
        {
            // A chunk of a bulk action: recorded now, applied with the others (ReviewChunk.ApplyAsync).
            var pending = new TaskCompletionSource<ReviewResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            chunk.Add((request, pending));
            return await pending.Task;
        }

        return await ApplyWithRetriesAsync(request, cancellationToken);
    }

    private async Task<ReviewResult> ApplyWithRetriesAsync(Request request, CancellationToken cancellationToken)
    {
        var (sourceId, expectedRowVersion) = (request.SourceId, request.ExpectedRowVersion);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await ApplyOnceAsync([request], cancellationToken))[0];
            }
            catch (DbUpdateException ex) when (LostRace(ex) && expectedRowVersion is null && attempt < MaxAttempts)
            {
                // Someone saved between our read and our write; nothing particular was expected, so go again.
            }
            catch (DbUpdateException ex) when (LostRace(ex))
            {
                // Someone saved between our read and our write.
                await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
                var current = await fresh.Posts.AsNoTracking().SingleAsync(p => p.SourceId == sourceId, cancellationToken);
                return await StaleAsync(fresh, current, cancellationToken);
            }
        }
    }

    // Someone else's save came first: the row version no longer matched, or (PostgreSQL, two saves of
    // one version at once) their replacement check rows were committed before ours were inserted.
    private static bool LostRace(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException
        || (exception.Entries.FirstOrDefault()?.Context is DashboardDbContext db && db.Queries.IsUniqueViolation(exception));

    private sealed record Request(
        string SourceId,
        long? ExpectedRowVersion,
        Reviewer Reviewer,
        ReviewAction Action,
        string Description,
        Func<Post, PostRecord, Changed> Change,
        string? Note,
        Func<DashboardDbContext, PostRecord, Task>? Alongside,
        string? Verdict);

    /// <summary>
    /// Applies a chunk of requests in one context and one transaction (a bulk action's chunk, or a
    /// single change as a chunk of one): each passes or fails the rules on its own; what passes is
    /// saved together, with its history rows, in one statement batch.
    /// </summary>
    private async Task<ReviewResult[]> ApplyOnceAsync(IReadOnlyList<Request> requests, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = requests.Select(r => r.SourceId).Distinct().ToList();
        var records = await db.Posts.Where(p => ids.Contains(p.SourceId)).ToDictionaryAsync(p => p.SourceId, cancellationToken);
        var heldByComments = requests.Any(r => ReviewPolicy.IsHeldByOpenComments(r.Action, reviewOptions.Value.BlockApprovalOnOpenComments))
            ? await OpenComments.PostsWithOpenAsync(db, ids, cancellationToken)
            : [];
        var results = new ReviewResult[requests.Count];
        var applied = new List<(int Index, Request Request, Outcome Outcome)>();
        var signatureChanged = false;
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var outcome = await ChangeAsync(db, request, records.GetValueOrDefault(request.SourceId), heldByComments.Contains(request.SourceId), cancellationToken);
            if (outcome.Refused is { } refused)
            {
                results[i] = refused;
                continue;
            }

            signatureChanged |= outcome.SignatureChanged;
            applied.Add((i, request, outcome));
        }

        if (applied.Count == 0)
        {
            return results;
        }

        await db.SaveChangesAsync(cancellationToken);
        var claimsEnded = applied.Where(a => ReviewWork.EndsClaim(a.Request.Action)).Select(a => a.Outcome.Record!.Id).ToList();
        if (claimsEnded.Count > 0)
        {
            // A decision or a reassignment ends the work on the post: whoever held it, it is free again.
            await db.PostClaims.Where(c => claimsEnded.Contains(c.PostId)).ExecuteDeleteAsync(cancellationToken);
        }

        if (signatureChanged)
        {
            await clustering.PlacePendingAsync(cancellationToken);
        }

        foreach (var (index, request, outcome) in applied)
        {
            var (record, before, entry) = (outcome.Record!, outcome.Before!, outcome.Entry!);
            LogChanged(logger, request.Reviewer.Name, request.Reviewer.Role, record.SourceId, outcome.Description!, before.Status, record.Status, record.Version);
            notifier.Publish(new PostChanged(record.SourceId, request.Reviewer.Name, outcome.Description!, record.RowVersion));
            results[index] = ReviewResult.Done(record.RowVersion, record.Status, record.Version, entry.Entity.Id) with { Message = outcome.Said };
        }

        return results;
    }

    /// <summary>What one request made of its post: refused (why), or changed in the context with its history row added.</summary>
    private readonly record struct Outcome(
        ReviewResult? Refused, PostRecord? Record = null, RevisionSnapshot? Before = null, EntityEntry<PostHistoryEntry>? Entry = null, bool SignatureChanged = false,
        string? Description = null, string? Said = null)
    {
        public static implicit operator Outcome(ReviewResult refused) => new(refused);
    }

    private async Task<Outcome> ChangeAsync(DashboardDbContext db, Request request, PostRecord? record, bool hasOpenComments, CancellationToken cancellationToken)
    {
        var (sourceId, expectedRowVersion, reviewer, action, description, change, note, alongside, verdict) = request;
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

        if (expectedRowVersion is { } expected && record.RowVersion != expected)
        {
            return await StaleAsync(db, record, cancellationToken);
        }

        var allowed = ReviewPolicy.Check(reviewer.Role, action, record.Status);
        if (!allowed.Allowed)
        {
            return ReviewResult.Refused(ReviewFailure.Invalid, allowed.Reason!);
        }

        if (hasOpenComments && await CheckOpenCommentsAsync(db, record, action, cancellationToken) is { Allowed: false } held)
        {
            return ReviewResult.Refused(ReviewFailure.Invalid, held.Reason!);
        }

        // Double review: a chosen post's decision may be kept as a blind vote instead, its note with it.
        var turn = await doubleReview.StageAsync(db, record, reviewer, verdict, note, cancellationToken);
        if (turn.Step == DoubleReviewStep.RefusedSameReviewer)
        {
            return ReviewResult.Refused(ReviewFailure.Invalid, Core.Review.DoubleReview.SameReviewerRefusal);
        }

        if (turn.Vote is { } vote)
        {
            action = vote;
            description = vote == ReviewAction.RecordFirstReview ? "first of two independent reviews given" : "second review disagrees: a lead decides";
            change = (unchanged, _) => unchanged;
            note = null;
            alongside = null;
        }

        else if (turn.Step is DoubleReviewStep.Agreed or DoubleReviewStep.Resolved)
        {
            description += turn.Step == DoubleReviewStep.Agreed ? " (two independent reviews agree)" : " (a lead's decision on two disagreeing reviews)";
        }

        var before = RevisionSnapshot.Of(record);
        var post = PostParser.Parse(record.Document).Post
            ?? throw new InvalidOperationException($"The stored document of post {sourceId} no longer parses.");
        Changed changed;
        try
        {
            changed = change(post, record);
            if (alongside is not null)
            {
                await alongside(db, record);
            }
        }
        catch (RefusedException refused)
        {
            // Whatever the change set on the record stays unsaved, also when others of its chunk are saved.
            var tracked = db.Entry(record);
            tracked.CurrentValues.SetValues(tracked.OriginalValues);
            tracked.State = EntityState.Unchanged;
            return ReviewResult.Refused(refused.Failure, refused.Message);
        }

        var status = ReviewPolicy.StatusAfter(action, record.Status, changed.Status, changed.ContentChanged);
        var signatureChanged = false;
        if (!ReferenceEquals(changed.Post, post) || status != record.Status)
        {
            var written = WithRevision(changed.Post, record, status: status);
            var document = PostWriter.Write(written);
            PostMapping.Apply(written, document, PostMapping.HashOf(document), record);
            record.ReviewerTouched = true;
            await checks.ReplaceAsync(db, record, before.Version, cancellationToken);
            signatureChanged = await EditedArticle.StageSignatureAsync(db, record.Id, written, cancellationToken);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (record.Status != before.Status)
        {
            // Aging counts from here: every status change, whichever action made it, passes this line.
            record.StatusSinceUtc = now;
        }

        // Every recorded change gets a new row version, even one that leaves the post as it was,
        // so that every open page of it reloads.
        db.Entry(record).Property(p => p.UpdatedAtUtc).IsModified = true;
        var entry = db.PostHistory.Add(new PostHistoryEntry
        {
            PostId = record.Id,
            AtUtc = now,
            Actor = reviewer.Name,
            Kind = ReviewWorkflow.For(action)!.Kind,
            Action = description,
            Note = note,
            Before = before.ToJson(),
            After = RevisionSnapshot.Of(record).ToJson(),
            BulkId = reviewer.BulkId,
        });
        Webhooks.WebhookOutbox.AddPostEvent(db, record, before.Status, reviewer.Name, note, now);

        return new Outcome(null, record, before, entry, signatureChanged, description, turn.Said);
    }

    private static async Task<ReviewResult> StaleAsync(DashboardDbContext db, PostRecord current, CancellationToken cancellationToken)
    {
        var last = await db.PostHistory.AsNoTracking().Where(h => h.PostId == current.Id).OrderByDescending(h => h.Id)
            .Select(h => new { h.Actor, h.Action, h.AtUtc }).FirstOrDefaultAsync(cancellationToken);
        var who = last is null ? "another change" : $"{last.Actor} ({last.Action}, {last.AtUtc:HH:mm} UTC)";
        return ReviewResult.Refused(ReviewFailure.Conflict,
            $"This post was changed by {who} after you opened it. Nothing was overwritten: reload to see the current post, then apply your change again.");
    }

    private static Post WithRevision(Post post, PostRecord record, SemVersion? version = null, DateOnly? lastReviewed = null, string? status = null)
    {
        var current = post.Meta.Revision;
        var revision = new Revision(
            status ?? current?.Status ?? record.Status,
            version ?? current?.Version ?? SemVersion.Parse(record.Version),
            lastReviewed ?? current?.LastReviewed)
        {
            Extra = current?.Extra ?? [],
        };
        return post with { Meta = post.Meta with { Revision = KeepRejection(revision, record) } };
    }

    // The document says what the status says: rejection keys on a rejected post only, and kept
    // through whatever else changes it meanwhile (a checklist edit, an accepted import).
    private static Revision KeepRejection(Revision revision, PostRecord record) => revision.Status switch
    {
        not ReviewStatus.Rejected => Rejection.Cleared(revision),
        _ when Rejection.Of(revision) is not null => revision,
        _ => StoredRejection(record)?.ApplyTo(revision) ?? revision,
    };

    private static Rejection? StoredRejection(PostRecord record) =>
        RejectionReasons.Parse(record.RejectionReason) is { } reason
            ? new Rejection(reason, record.RejectionNote, record.DuplicateOf, record.RejectedBy ?? "", record.RejectedAtUtc ?? default)
            : null;

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
