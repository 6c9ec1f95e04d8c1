using Dashboard.Core.Review;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Review;

/// <summary>Bulk actions: the dry run's counts and reasons, one history entry per post, one-click undo.</summary>
public sealed class BulkReviewTests
{
    private static CancellationToken Cancel => ReviewDatabase.Cancel;

    [Fact]
    public async Task Dry_run_counts_who_can_and_who_cannot_by_reason()
    {
        await using var fixture = await CreateAsync();
        var inReview = await fixture.AddManyAsync(3, ReviewStatus.InReview);
        var drafted = await fixture.AddManyAsync(2, ReviewStatus.Drafted);

        var plan = await fixture.Bulk.DryRunAsync(await SelectAsync(fixture, [.. inReview, .. drafted]), ReviewDatabase.Lead, Cancel);

        Assert.Equal("3 can be approved; 2 cannot: 2 are still drafted", plan.Summary);
        Assert.Equal(inReview.Order(), plan.Eligible.Select(e => e.SourceId).Order());
    }

    [Fact]
    public async Task Dry_run_counts_a_post_changed_since_it_was_selected()
    {
        await using var fixture = await CreateAsync();
        var inReview = await fixture.AddManyAsync(3, ReviewStatus.InReview);
        var drafted = await fixture.AddAsync(ReviewStatus.Drafted);
        var request = await SelectAsync(fixture, [.. inReview, drafted]);
        // Someone changes one of the selected posts before the dry run.
        await fixture.Reviews.BumpVersionAsync(inReview[0], await fixture.RowVersionAsync(inReview[0]), VersionBump.Patch, ReviewDatabase.Editor, Cancel);

        var plan = await fixture.Bulk.DryRunAsync(request, ReviewDatabase.Lead, Cancel);

        Assert.Equal(2, plan.Eligible.Count);
        Assert.Contains(new BulkRefusal("changed since you selected them", 1), plan.Refusals);
        Assert.Contains(new BulkRefusal("are still drafted", 1), plan.Refusals);
        Assert.StartsWith("2 can be approved; 2 cannot: ", plan.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editors_dry_run_of_approve_refuses_every_post_with_the_reason()
    {
        await using var fixture = await CreateAsync();
        var inReview = await fixture.AddManyAsync(2, ReviewStatus.InReview);

        var plan = await fixture.Bulk.DryRunAsync(await SelectAsync(fixture, inReview), ReviewDatabase.Editor, Cancel);

        Assert.Empty(plan.Eligible);
        var refusal = Assert.Single(plan.Refusals);
        Assert.Equal(2, refusal.Count);
        Assert.StartsWith("are not yours to change (Only a lead or an admin can approve", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_writes_one_entry_per_post_with_one_bulk_id_and_undo_puts_every_post_back_recorded()
    {
        await using var fixture = await CreateAsync();
        var inReview = await fixture.AddManyAsync(3, ReviewStatus.InReview);
        var drafted = await fixture.AddManyAsync(2, ReviewStatus.Drafted);
        var plan = await fixture.Bulk.DryRunAsync(await SelectAsync(fixture, [.. inReview, .. drafted]), ReviewDatabase.Lead, Cancel);
        var reported = new List<int>();

        var outcome = await fixture.Bulk.ExecuteAsync(plan, ReviewDatabase.Lead, new SyncProgress(reported.Add), Cancel);

        Assert.Equal(3, outcome.Done);
        Assert.Empty(outcome.Refusals);
        // Progress is reported per chunk (BulkReviewService.ChunkSize posts a transaction): three posts are one.
        Assert.Equal([3], reported);
        foreach (var sourceId in inReview)
        {
            Assert.Equal(ReviewStatus.Approved, (await fixture.GetAsync(sourceId)).Status);
            var entry = Assert.Single(await fixture.HistoryAsync(sourceId));
            Assert.Equal(outcome.BulkId, entry.BulkId);
            Assert.Equal("approved", entry.Action);
        }

        foreach (var sourceId in drafted)
        {
            Assert.Equal(ReviewStatus.Drafted, (await fixture.GetAsync(sourceId)).Status);
            Assert.Empty(await fixture.HistoryAsync(sourceId));
        }

        var undone = await fixture.Bulk.UndoAsync(outcome.BulkId, ReviewDatabase.Lead, Cancel);

        Assert.Equal(3, undone.Done);
        Assert.Empty(undone.Refusals);
        foreach (var sourceId in inReview)
        {
            var post = await fixture.GetAsync(sourceId);
            Assert.Equal((ReviewStatus.InReview, true, (DateOnly?)null), (post.Status, post.NeedsHumanReview, post.LastReviewed));
            var history = await fixture.HistoryAsync(sourceId);
            Assert.Equal(2, history.Count);
            Assert.Equal(undone.BulkId, history[1].BulkId);
            Assert.Contains("undone", history[1].Action, StringComparison.Ordinal);
            Assert.Equal(ReviewDatabase.Lead.Name, history[1].Actor);
        }
    }

    [Fact]
    public async Task Undo_leaves_a_post_changed_after_the_bulk_action_as_it_is()
    {
        await using var fixture = await CreateAsync();
        var inReview = await fixture.AddManyAsync(2, ReviewStatus.InReview);
        var plan = await fixture.Bulk.DryRunAsync(await SelectAsync(fixture, inReview, BulkAction.BumpVersion, VersionBump.Minor), ReviewDatabase.Editor, Cancel);
        var outcome = await fixture.Bulk.ExecuteAsync(plan, ReviewDatabase.Editor, null, Cancel);
        await fixture.Reviews.BumpVersionAsync(inReview[1], await fixture.RowVersionAsync(inReview[1]), VersionBump.Patch, ReviewDatabase.Lead, Cancel);

        var undone = await fixture.Bulk.UndoAsync(outcome.BulkId, ReviewDatabase.Editor, Cancel);

        Assert.Equal(1, undone.Done);
        Assert.Equal(1, Assert.Single(undone.Refusals).Count);
        Assert.Equal("1.2.3", (await fixture.GetAsync(inReview[0])).Version);
        Assert.Equal("1.3.1", (await fixture.GetAsync(inReview[1])).Version);
    }

    [Fact]
    public async Task A_single_approval_is_undone_by_its_history_entry_and_the_post_is_back_in_the_queue()
    {
        await using var fixture = await CreateAsync();
        var sourceId = await fixture.AddAsync(ReviewStatus.InReview);
        var approved = await fixture.Reviews.ApproveAsync(sourceId, await fixture.RowVersionAsync(sourceId), ReviewDatabase.Lead, Cancel);
        Assert.True(approved.Succeeded, approved.Message);
        Assert.Equal(Assert.Single(await fixture.HistoryAsync(sourceId)).Id, approved.HistoryId);

        var undone = await fixture.Bulk.UndoChangeAsync(approved.HistoryId!.Value, ReviewDatabase.Lead, Cancel);

        Assert.True(undone.Done, undone.Refusal);
        var post = await fixture.GetAsync(sourceId);
        Assert.Equal((ReviewStatus.InReview, true, true, (DateOnly?)null), (post.Status, post.NeedsHumanReview, post.InQueue, post.LastReviewed));
        var history = await fixture.HistoryAsync(sourceId);
        Assert.Equal(["approved", "undone (approved)"], history.Select(h => h.Action));
        Assert.Null(history[1].BulkId);
    }

    [Fact]
    public async Task A_single_approval_is_not_undone_once_the_post_changed_again_nor_by_an_editor()
    {
        await using var fixture = await CreateAsync();
        var sourceId = await fixture.AddAsync(ReviewStatus.InReview);
        var approved = await fixture.Reviews.ApproveAsync(sourceId, await fixture.RowVersionAsync(sourceId), ReviewDatabase.Lead, Cancel);

        var byEditor = await fixture.Bulk.UndoChangeAsync(approved.HistoryId!.Value, ReviewDatabase.Editor, Cancel);
        var bumped = await fixture.Reviews.BumpVersionAsync(sourceId, approved.RowVersion, VersionBump.Patch, ReviewDatabase.Lead, Cancel);
        var afterChange = await fixture.Bulk.UndoChangeAsync(approved.HistoryId.Value, ReviewDatabase.Lead, Cancel);

        Assert.False(byEditor.Done);
        Assert.True(bumped.Succeeded, bumped.Message);
        Assert.False(afterChange.Done);
        Assert.Contains("changed again", afterChange.Refusal, StringComparison.Ordinal);
        var post = await fixture.GetAsync(sourceId);
        Assert.Equal(("1.2.4", ReviewStatus.InReview), (post.Version, post.Status));
    }

    [Fact]
    public async Task Undo_reads_what_happened_from_the_entry_kind_never_from_its_words()
    {
        await using var fixture = await CreateAsync();
        var inReview = await fixture.AddManyAsync(2, ReviewStatus.InReview);
        var plan = await fixture.Bulk.DryRunAsync(await SelectAsync(fixture, inReview, BulkAction.BumpVersion, VersionBump.Minor), ReviewDatabase.Editor, Cancel);
        var outcome = await fixture.Bulk.ExecuteAsync(plan, ReviewDatabase.Editor, null, Cancel);
        // Reworded so that words would say "approved", which an editor may not undo.
        await using (var db = fixture.Database.CreateContext())
        {
            await db.PostHistory.Where(h => h.BulkId == outcome.BulkId).ExecuteUpdateAsync(s => s.SetProperty(h => h.Action, "approved, as it was once worded"), Cancel);
        }

        var undone = await fixture.Bulk.UndoAsync(outcome.BulkId, ReviewDatabase.Editor, Cancel);

        Assert.Equal(2, undone.Done);
        Assert.Empty(undone.Refusals);
        Assert.All(await Task.WhenAll(inReview.Select(fixture.GetAsync)), p => Assert.Equal("1.2.3", p.Version));
    }

    [Fact]
    public async Task All_matching_uses_the_queue_filter_and_request_changes_needs_a_note()
    {
        await using var fixture = await CreateAsync();
        var inReview = await fixture.AddManyAsync(3, ReviewStatus.InReview);
        await fixture.AddManyAsync(2, ReviewStatus.Drafted);
        var filter = new QueueFilter { Status = ReviewStatus.InReview, Page = 3, PageSize = 1 };

        var noNote = await fixture.Bulk.DryRunAsync(new BulkRequest(BulkAction.RequestChanges, null, filter), ReviewDatabase.Lead, Cancel);
        var plan = await fixture.Bulk.DryRunAsync(new BulkRequest(BulkAction.RequestChanges, null, filter, Note: "cite sources"), ReviewDatabase.Lead, Cancel);
        var outcome = await fixture.Bulk.ExecuteAsync(plan, ReviewDatabase.Lead, null, Cancel);

        Assert.Empty(noNote.Eligible);
        Assert.Equal("3 can be sent back with changes requested", plan.Summary);
        Assert.Equal(3, outcome.Done);
        foreach (var sourceId in inReview)
        {
            Assert.Equal(ReviewStatus.ChangesRequested, (await fixture.GetAsync(sourceId)).Status);
            Assert.Equal("cite sources", Assert.Single(await fixture.HistoryAsync(sourceId)).Note);
        }
    }

    // Each bulk test has a database of its own: "all matching" sees every post in it.
    private static async Task<ReviewDatabase> CreateAsync()
    {
        var fixture = new ReviewDatabase();
        await fixture.InitializeAsync();
        return fixture;
    }

    private static async Task<BulkRequest> SelectAsync(ReviewDatabase fixture, IReadOnlyList<string> sourceIds, BulkAction action = BulkAction.Approve, VersionBump bump = VersionBump.Patch)
    {
        var targets = new List<BulkTarget>();
        foreach (var sourceId in sourceIds)
        {
            targets.Add(new BulkTarget(sourceId, await fixture.RowVersionAsync(sourceId)));
        }

        return new BulkRequest(action, targets, null, bump);
    }

    /// <summary>Reports on the calling thread (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
