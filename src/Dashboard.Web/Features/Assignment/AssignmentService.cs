using Dashboard.Core.Assignment;
using Dashboard.Core.Review;
using Dashboard.Web.Data;
using Dashboard.Web.Features.Accounts;
using Dashboard.Web.Features.Aging;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Features.Assignment;

/// <summary>
/// A lead shares posts out among named reviewers: a dry run first (who gets how many, from
/// <see cref="AssignmentPlanner"/>), then each post through the one apply path, all under one bulk
/// id, so the history has an entry per post and one click undoes the lot (<see cref="BulkReviewService.UndoAsync"/>).
/// The page and <c>POST /api/assignments</c> both come here.
/// </summary>
public sealed class AssignmentService(IDbContextFactory<DashboardDbContext> contexts, ReviewService reviews, ReviewerDirectory directory, AgingClock aging)
{
    public async Task<AssignPreview> DryRunAsync(AssignRequest request, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        AssignPreview Refuse(string problem, bool forbidden = false) => new(request, new AssignmentPlan([], 0), [], problem, forbidden);

        if (ReviewPolicy.Permits(reviewer.Role, ReviewAction.Assign) is { Allowed: false, Reason: { } reason })
        {
            return Refuse(reason, forbidden: true);
        }

        if (request.Reviewers.Count == 0)
        {
            return Refuse("reviewers: name at least one reviewer to assign to.");
        }

        if (request.Cap is < 1 or > BulkReviewService.MaxPosts)
        {
            return Refuse($"cap: posts per reviewer must be from 1 to {BulkReviewService.MaxPosts:N0}, not {request.Cap}.");
        }

        var known = (await directory.AssignableAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        if (request.Reviewers.FirstOrDefault(r => !known.Contains(r)) is { } unknown)
        {
            return Refuse($"reviewers: \"{unknown}\" is not an editor's or a lead's account.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var posts = request.SourceIds is { } ids
            ? db.Posts.AsNoTracking().Where(p => ids.Contains(p.SourceId))
            : QueueQuery.Filter(db, request.Filter ?? new QueueFilter(), aging.Cutoffs());
        var rows = await posts.OrderBy(p => p.Id).Take(BulkReviewService.MaxPosts)
            .Select(p => new { p.SourceId, p.Topic, p.Stack }).ToListAsync(cancellationToken);
        var candidates = rows.Select(r => new AssignCandidate(r.SourceId, request.Mode switch
        {
            AssignMode.ByStack => r.Stack.FirstOrDefault(),
            AssignMode.ByTopic => r.Topic,
            _ => null,
        })).ToList();
        var found = rows.Select(r => r.SourceId).ToHashSet(StringComparer.Ordinal);
        var missing = request.SourceIds?.Where(id => !found.Contains(id)).Distinct(StringComparer.Ordinal).ToList() ?? [];
        var reviewers = request.Reviewers.Distinct(StringComparer.Ordinal).ToList();
        return new AssignPreview(request with { Reviewers = reviewers }, AssignmentPlanner.Plan(candidates, reviewers, request.Cap, request.Mode), missing, Problem: null);
    }

    /// <summary>Assigns what the dry run planned; the outcome's bulk id undoes it.</summary>
    public async Task<BulkOutcome> ExecuteAsync(AssignPreview preview, Reviewer reviewer, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var bulkReviewer = reviewer with { BulkId = Guid.NewGuid() };
        var done = 0;
        var refusals = new Dictionary<string, int>();
        foreach (var (sourceId, assignee) in preview.Plan.Assignments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await reviews.AssignAsync(sourceId, assignee, bulkReviewer, cancellationToken);
            if (result.Succeeded)
            {
                done++;
            }
            else
            {
                var reason = result.Message ?? "refused";
                refusals[reason] = refusals.GetValueOrDefault(reason) + 1;
            }

            progress?.Report(done);
        }

        return new BulkOutcome(bulkReviewer.BulkId!.Value, done, [.. refusals.Select(r => new BulkRefusal(r.Key, r.Value))]);
    }
}
