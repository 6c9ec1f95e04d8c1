using Dashboard.Core.Review;
using Dashboard.Web.Features.Review;

namespace Dashboard.Web.Features.Clusters;

/// <summary>What resolving a cluster would do, or why it cannot be planned at all.</summary>
public sealed record ClusterPlan(BulkPlan? Plan, string? Refusal);

/// <summary>
/// A cluster's one action: keep this member, reject the others as its duplicates. It is a bulk
/// rejection (reason duplicate, duplicate of the kept post) through the bulk machinery, so it has
/// its dry run, progress and one-click undo like any other bulk action.
/// </summary>
public sealed class ClusterResolver(ClusterQuery clusters, BulkReviewService bulk)
{
    public async Task<ClusterPlan> DryRunAsync(long clusterId, string keep, Reviewer reviewer, CancellationToken cancellationToken = default)
    {
        if (await clusters.GetAsync(clusterId, cancellationToken) is not { } cluster)
        {
            return new ClusterPlan(null, $"No post is in cluster {clusterId}.");
        }

        if (cluster.Members.FirstOrDefault(m => m.SourceId == keep) is not { } kept)
        {
            return new ClusterPlan(null, $"\"{keep}\" is not a member of cluster {clusterId}; keep one of: {string.Join(", ", cluster.Members.Select(m => m.SourceId))}.");
        }

        if (kept.Status == ReviewStatus.Rejected)
        {
            return new ClusterPlan(null, $"\"{keep}\" is rejected: reopen it first, or keep another member.");
        }

        var others = cluster.Members.Where(m => m.SourceId != keep).Select(m => new BulkTarget(m.SourceId, m.RowVersion)).ToList();
        var request = new BulkRequest(
            BulkAction.Reject, others, Filter: null, Note: $"near-copy in cluster {clusterId}; {keep} is kept", Reason: RejectionReason.Duplicate, DuplicateOf: keep);
        return new ClusterPlan(await bulk.DryRunAsync(request, reviewer, cancellationToken), null);
    }

    public Task<BulkOutcome> ExecuteAsync(BulkPlan plan, Reviewer reviewer, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        bulk.ExecuteAsync(plan, reviewer, progress, cancellationToken);
}
