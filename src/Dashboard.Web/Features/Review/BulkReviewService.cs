using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Data.Entities;
using Dashboard.Web.Features.Aging;
using Dashboard.Web.Features.Queue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Features.Review;

/// <summary>
/// Approve, request changes or bump versions of many posts at once: first a dry run that says
/// who can and who cannot (and why), then the action on those that can, one history entry per
/// post, all tagged with one bulk id so that one click undoes the whole batch.
/// </summary>
public sealed class BulkReviewService(IDbContextFactory<DashboardDbContext> contexts, ReviewService reviews, IOptions<ReviewOptions> reviewOptions, AgingClock aging)
{
    /// <summary>The most posts one bulk action takes (a queue filter can match far more).</summary>
    public const int MaxPosts = 10_000;

    /// <summary>
    /// Posts per transaction. Each chunk is one write transaction (the posts, their check rows and
    /// history rows), short enough that another reviewer's save waits well under 100 ms for it.
    /// </summary>
    public const int ChunkSize = 100;

    public async Task<BulkPlan> DryRunAsync(BulkRequest request, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        var permitted = ReviewPolicy.Permits(reviewer.Role, request.ReviewAction);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var targets = await CurrentAsync(db, request, aging.Cutoffs(), cancellationToken);
        var withOpenComments = ReviewPolicy.IsHeldByOpenComments(request.ReviewAction, reviewOptions.Value.BlockApprovalOnOpenComments)
            ? await OpenComments.PostsWithOpenAsync(db, [.. targets.Select(t => t.SourceId)], cancellationToken)
            : [];

        var eligible = new List<BulkTarget>();
        var refusals = new Dictionary<string, int>();
        var refusedSample = new List<BulkSample>();
        string? refusing = null;
        void Refuse(string reason)
        {
            refusals[reason] = refusals.GetValueOrDefault(reason) + 1;
            if (refusing is { } sourceId && refusedSample.Count < BulkPlan.SampleSize)
            {
                refusedSample.Add(new BulkSample(sourceId, reason));
            }
        }

        foreach (var (sourceId, seen, current, status) in targets)
        {
            refusing = sourceId;
            if (current is null)
            {
                Refuse("no longer exist");
            }
            else if (!permitted.Allowed)
            {
                Refuse($"are not yours to change ({permitted.Reason})");
            }
            else if (seen != current)
            {
                Refuse("changed since you selected them");
            }
            else if (ReviewPolicy.Check(reviewer.Role, request.ReviewAction, status!) is { Allowed: false })
            {
                Refuse(ReasonFor(request.Action, status!));
            }
            else if (withOpenComments.Contains(sourceId))
            {
                Refuse(HaveOpenComments);
            }
            else
            {
                eligible.Add(new BulkTarget(sourceId, current.Value));
            }
        }

        if (request.Action == BulkAction.RequestChanges && string.IsNullOrWhiteSpace(request.Note))
        {
            refusals["need a note saying what should change"] = eligible.Count;
            eligible.Clear();
        }

        if (request.Action == BulkAction.Reject)
        {
            // The post a duplicate names is not one of those rejected, and it must exist and stay.
            if (request.DuplicateOf is { } kept && eligible.RemoveAll(t => t.SourceId == kept) > 0)
            {
                Refuse("are the post kept");
            }

            if (await RejectionProblemAsync(db, request, cancellationToken) is { } problem)
            {
                refusals[$"cannot be rejected so: {problem}"] = eligible.Count;
                eligible.Clear();
            }
        }

        return new BulkPlan(request, eligible, [.. refusals.Select(r => new BulkRefusal(r.Key, r.Value)).OrderByDescending(r => r.Count)])
        {
            Sample = [.. eligible.Take(BulkPlan.SampleSize).Select(t => new BulkSample(t.SourceId, null)), .. refusedSample],
        };
    }

    public async Task<BulkOutcome> ExecuteAsync(BulkPlan plan, Reviewer reviewer, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var bulkReviewer = reviewer with { BulkId = Guid.NewGuid() };
        var done = 0;
        var refusals = new Dictionary<string, int>();
        foreach (var targets in plan.Eligible.Chunk(ChunkSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = reviews.StartChunk();
            var calls = targets.Select(target => plan.Request.Action switch
            {
                BulkAction.Approve => chunk.Reviews.ApproveAsync(target.SourceId, target.RowVersion, bulkReviewer, cancellationToken),
                BulkAction.RequestChanges => chunk.Reviews.RequestChangesAsync(target.SourceId, target.RowVersion, plan.Request.Note ?? "", bulkReviewer, cancellationToken),
                BulkAction.Reject => chunk.Reviews.RejectAsync(
                    target.SourceId, target.RowVersion, plan.Request.Reason, plan.Request.Note, plan.Request.DuplicateOf, bulkReviewer, cancellationToken),
                _ => chunk.Reviews.BumpVersionAsync(target.SourceId, target.RowVersion, plan.Request.Bump, bulkReviewer, cancellationToken),
            }).ToList();
            await chunk.ApplyAsync(cancellationToken);
            foreach (var result in await Task.WhenAll(calls))
            {
                if (result.Succeeded)
                {
                    done++;
                }
                else
                {
                    var reason = result.Failure == ReviewFailure.Conflict ? "changed since the dry run" : result.Message ?? "refused";
                    refusals[reason] = refusals.GetValueOrDefault(reason) + 1;
                }
            }

            progress?.Report(done + refusals.Values.Sum());
        }

        return new BulkOutcome(bulkReviewer.BulkId!.Value, done, [.. refusals.Select(r => new BulkRefusal(r.Key, r.Value))]);
    }

    /// <summary>Puts back what the bulk action changed, on every post nobody has changed since.</summary>
    public async Task<BulkOutcome> UndoAsync(Guid bulkId, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        // The undo is itself one batch, so its entries are grouped as the action's were.
        var undoer = reviewer with { BulkId = Guid.NewGuid() };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (done, refusals) = await UndoAsync(db, db.PostHistory.Where(h => h.BulkId == bulkId), "bulk action undone", undoer, cancellationToken);
        return new BulkOutcome(undoer.BulkId.Value, done, refusals);
    }

    /// <summary>
    /// Puts back what one recorded change (a single approval) did, unless the post has changed
    /// since: the same undo, with the same rules, as a bulk action's.
    /// </summary>
    public async Task<ReviewUndo> UndoChangeAsync(long historyId, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (done, refusals) = await UndoAsync(db, db.PostHistory.Where(h => h.Id == historyId), "undone", reviewer, cancellationToken);
        return new ReviewUndo(done == 1, refusals.FirstOrDefault()?.Reason);
    }

    private async Task<(int Done, List<BulkRefusal> Refusals)> UndoAsync(
        DashboardDbContext db, IQueryable<PostHistoryEntry> undone, string description, Reviewer undoer, CancellationToken cancellationToken)
    {
        var entries = await undone.AsNoTracking()
            .Select(h => new
            {
                h.Id,
                h.Actor,
                h.Kind,
                h.Action,
                h.Before,
                Post = db.Posts.Where(p => p.Id == h.PostId).Select(p => new { p.SourceId, p.RowVersion }).First(),
                IsLatest = !db.PostHistory.Any(later => later.PostId == h.PostId && later.Id > h.Id),
            })
            .ToListAsync(cancellationToken);

        var done = 0;
        var refusals = new Dictionary<string, int>();
        void Refuse(string reason) => refusals[reason] = refusals.GetValueOrDefault(reason) + 1;
        var chunk = reviews.StartChunk();
        var putBack = new List<Task<ReviewResult>>();
        async Task ApplyChunkAsync()
        {
            await chunk.ApplyAsync(cancellationToken);
            foreach (var result in await Task.WhenAll(putBack))
            {
                if (result.Succeeded)
                {
                    done++;
                }
                else
                {
                    Refuse("could not be put back");
                }
            }

            putBack.Clear();
        }

        foreach (var entry in entries)
        {
            // Undoing needs the permission of the action undone, read from the entry's kind.
            if (ReviewWorkflow.For(entry.Kind) is not { } original)
            {
                Refuse("are not changes that can be undone");
            }
            else if ((entry.Actor != undoer.Name && undoer.Role == Role.Editor) || !ReviewPolicy.Permits(undoer.Role, original.Action).Allowed)
            {
                Refuse("were changed by someone whose bulk action you may not undo");
            }
            else if (!entry.IsLatest)
            {
                Refuse("were changed again after the bulk action, so they were left as they are");
            }
            else if (RevisionSnapshot.FromJson(entry.Before) is { } before)
            {
                putBack.Add(chunk.Reviews.PutBackAsync(entry.Post.SourceId, entry.Post.RowVersion, before, ReviewAction.UndoBulk, $"{description} ({entry.Action})", undoer, cancellationToken));
                if (putBack.Count == ChunkSize)
                {
                    await ApplyChunkAsync();
                }
            }
            else
            {
                Refuse("could not be put back");
            }
        }

        await ApplyChunkAsync();

        return (done, [.. refusals.Select(r => new BulkRefusal(r.Key, r.Value))]);
    }

    private static async Task<List<(string SourceId, long? Seen, long? Current, string? Status)>> CurrentAsync(
        DashboardDbContext db, BulkRequest request, AgingCutoffs cutoffs, CancellationToken cancellationToken)
    {
        if (request.Selected is { } selected)
        {
            var ids = selected.Take(MaxPosts).Select(s => s.SourceId).ToList();
            var rows = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.SourceId))
                .Select(p => new { p.SourceId, p.RowVersion, p.Status }).ToDictionaryAsync(p => p.SourceId, cancellationToken);
            return [.. selected.Take(MaxPosts).Select(s => rows.TryGetValue(s.SourceId, out var row)
                ? (s.SourceId, (long?)s.RowVersion, (long?)row.RowVersion, (string?)row.Status)
                : (s.SourceId, s.RowVersion, null, null))];
        }

        var filter = request.Filter ?? new QueueFilter();
        var matching = await QueueQuery.Filter(db, filter, cutoffs).OrderBy(p => p.Id).Take(MaxPosts)
            .Select(p => new { p.SourceId, p.RowVersion, p.Status }).ToListAsync(cancellationToken);
        return [.. matching.Select(m => (m.SourceId, (long?)m.RowVersion, (long?)m.RowVersion, (string?)m.Status))];
    }

    /// <summary>The dry run's reason for posts whose open comments hold up their approval.</summary>
    public const string HaveOpenComments = "have open comments (resolve them first)";
    // What the service would refuse for every post alike, said once in the dry run.
    private static async Task<string?> RejectionProblemAsync(DashboardDbContext db, BulkRequest request, CancellationToken cancellationToken)
    {
        if (Rejection.Problem(request.Reason, request.Note, request.DuplicateOf, sourceId: "") is { } problem)
        {
            return problem;
        }

        if (request.DuplicateOf is not { } kept)
        {
            return null;
        }

        var status = await db.Posts.AsNoTracking().Where(p => p.SourceId == kept).Select(p => p.Status).SingleOrDefaultAsync(cancellationToken);
        return status switch
        {
            null => $"no post has the source id \"{kept}\"",
            ReviewStatus.Rejected => $"\"{kept}\" is rejected itself",
            _ => null,
        };
    }

    private static string ReasonFor(BulkAction action, string status) => (action, status) switch
    {
        (BulkAction.Approve, ReviewStatus.Drafted) => "are still drafted",
        (BulkAction.Approve, ReviewStatus.ChangesRequested) => "have changes requested",
        (BulkAction.Approve, _) => $"are already {status}",
        (BulkAction.RequestChanges, _) => $"are {status}",
        (BulkAction.Reject, ReviewStatus.Rejected) => "are already rejected",
        (BulkAction.Reject, _) => $"are {status} (already in the search index)",
        _ => $"are {status}",
    };
}
