using Dashboard.Core.Review;
using Dashboard.Web.Features.Comments;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.Review;

namespace Dashboard.Web.Tests.Comments;

/// <summary>Review:BlockApprovalOnOpenComments: one rule in the apply path, obeyed by single and bulk approval.</summary>
public sealed class ApprovalHeldByCommentsTests
{
    private static CancellationToken Cancel => ReviewDatabase.Cancel;

    [Fact]
    public async Task A_post_with_an_open_comment_is_not_approved_and_the_refusal_names_the_comment_until_it_is_resolved()
    {
        var fixture = await ReviewDatabase.CreateAsync();
        await using var _ = fixture.Database;
        var sourceId = await fixture.AddAsync(ReviewStatus.InReview);
        var comment = await CommentAsync(fixture, sourceId, "The benchmark numbers need a source");

        var refused = await fixture.Reviews.ApproveAsync(sourceId, await fixture.RowVersionAsync(sourceId), ReviewDatabase.Lead, Cancel);

        Assert.Equal(ReviewFailure.Invalid, refused.Failure);
        Assert.Equal(
            $"This post has an open comment, which must be resolved before it is approved: #{comment.Id} by {ReviewDatabase.Lead.Name}: “The benchmark numbers need a source”.",
            refused.Message);
        Assert.Equal(ReviewStatus.InReview, (await fixture.GetAsync(sourceId)).Status);
        Assert.DoesNotContain(await fixture.HistoryAsync(sourceId), h => h.Kind == HistoryKind.Approved);

        await fixture.Database.Get<CommentService>().ResolveAsync(sourceId, comment.Id, resolved: true, ReviewDatabase.Editor, Cancel);
        var approved = await fixture.Reviews.ApproveAsync(sourceId, await fixture.RowVersionAsync(sourceId), ReviewDatabase.Lead, Cancel);
        Assert.True(approved.Succeeded, approved.Message);
    }

    [Fact]
    public async Task Bulk_approval_lists_posts_with_open_comments_as_cannot_change_and_leaves_them()
    {
        var fixture = await ReviewDatabase.CreateAsync();
        await using var _ = fixture.Database;
        var clear = await fixture.AddManyAsync(2, ReviewStatus.InReview);
        var commented = await fixture.AddAsync(ReviewStatus.InReview);
        await CommentAsync(fixture, commented, "not yet");

        var plan = await fixture.Bulk.DryRunAsync(await SelectAsync(fixture, [.. clear, commented]), ReviewDatabase.Lead, Cancel);

        Assert.Equal(clear.Order(), plan.Eligible.Select(e => e.SourceId).Order());
        Assert.Equal([new BulkRefusal(BulkReviewService.HaveOpenComments, 1)], plan.Refusals);
        Assert.Equal($"2 can be approved; 1 cannot: 1 {BulkReviewService.HaveOpenComments}", plan.Summary);

        // Were the dry run's list stale, the apply path still refuses.
        var forced = plan with { Eligible = [.. plan.Eligible, new BulkTarget(commented, await fixture.RowVersionAsync(commented))] };
        var outcome = await fixture.Bulk.ExecuteAsync(forced, ReviewDatabase.Lead, cancellationToken: Cancel);
        Assert.Equal(2, outcome.Done);
        Assert.StartsWith("This post has an open comment", Assert.Single(outcome.Refusals).Reason, StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.InReview, (await fixture.GetAsync(commented)).Status);
    }

    [Fact]
    public async Task With_the_setting_off_a_post_with_an_open_comment_is_approved_alone_and_in_bulk()
    {
        var fixture = await ReviewDatabase.CreateAsync(new Dictionary<string, string?> { ["Review:BlockApprovalOnOpenComments"] = "false" });
        await using var _ = fixture.Database;
        var single = await fixture.AddAsync(ReviewStatus.InReview);
        var bulk = await fixture.AddAsync(ReviewStatus.InReview);
        await CommentAsync(fixture, single, "advice only");
        await CommentAsync(fixture, bulk, "advice only");

        var approved = await fixture.Reviews.ApproveAsync(single, await fixture.RowVersionAsync(single), ReviewDatabase.Lead, Cancel);
        var plan = await fixture.Bulk.DryRunAsync(await SelectAsync(fixture, [bulk]), ReviewDatabase.Lead, Cancel);

        Assert.True(approved.Succeeded, approved.Message);
        Assert.Equal([bulk], plan.Eligible.Select(e => e.SourceId));
    }

    private static async Task<CommentView> CommentAsync(ReviewDatabase fixture, string sourceId, string text)
    {
        var added = await fixture.Database.Get<CommentService>().AddAsync(sourceId, new CommentDraft(text), ReviewDatabase.Lead, Cancel);
        Assert.True(added.Succeeded, added.Message);
        return added.Comment!;
    }

    private static async Task<BulkRequest> SelectAsync(ReviewDatabase fixture, IReadOnlyList<string> sourceIds)
    {
        var targets = new List<BulkTarget>();
        foreach (var sourceId in sourceIds)
        {
            targets.Add(new BulkTarget(sourceId, await fixture.RowVersionAsync(sourceId)));
        }

        return new BulkRequest(BulkAction.Approve, targets, null);
    }
}
