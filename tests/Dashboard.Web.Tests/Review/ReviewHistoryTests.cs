using Dashboard.Core.Review;
using Dashboard.Web.Features.Review;

namespace Dashboard.Web.Tests.Review;

/// <summary>Every change is recorded with the state before and after; restoring puts an earlier revision back, as a new change.</summary>
public sealed class ReviewHistoryTests(ReviewDatabase fixture) : IClassFixture<ReviewDatabase>
{
    private static CancellationToken Cancel => ReviewDatabase.Cancel;

    private ReviewService Reviews => fixture.Reviews;

    [Fact]
    public async Task Every_change_writes_one_entry_with_who_what_and_the_state_before_and_after()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted, checklist: ["one"]);

        var edited = await Reviews.EditChecklistAsync(sourceId, await fixture.RowVersionAsync(sourceId), ["one", "two"], ReviewDatabase.Editor, Cancel);
        var bumped = await Reviews.BumpVersionAsync(sourceId, edited.RowVersion, VersionBump.Minor, ReviewDatabase.Editor, Cancel);
        var sent = await Reviews.SubmitAsync(sourceId, bumped.RowVersion, ReviewDatabase.Editor, Cancel);
        var sentBack = await Reviews.RequestChangesAsync(sourceId, sent.RowVersion, "add a rollback step", ReviewDatabase.Lead, Cancel);
        var refused = await Reviews.ApproveAsync(sourceId, sentBack.RowVersion, ReviewDatabase.Lead, Cancel);

        Assert.Equal(ReviewFailure.Invalid, refused.Failure);
        var history = await fixture.HistoryAsync(sourceId);
        Assert.Equal(["checklist edited", "version bumped (minor)", "sent for approval", "changes requested"], history.Select(h => h.Action));
        Assert.Equal([ReviewDatabase.Editor.Name, ReviewDatabase.Editor.Name, ReviewDatabase.Editor.Name, ReviewDatabase.Lead.Name], history.Select(h => h.Actor));
        Assert.Equal("add a rollback step", history[3].Note);
        var snapshots = history.Select(h => (Before: RevisionSnapshot.FromJson(h.Before)!, After: RevisionSnapshot.FromJson(h.After)!)).ToList();
        Assert.Equal(["one"], snapshots[0].Before.Checklist);
        Assert.Equal(["one", "two"], snapshots[0].After.Checklist);
        Assert.Equal(("1.2.3", "1.3.0"), (snapshots[1].Before.Version, snapshots[1].After.Version));
        Assert.Equal((ReviewStatus.Drafted, ReviewStatus.InReview), (snapshots[2].Before.Status, snapshots[2].After.Status));
        Assert.Equal((ReviewStatus.InReview, ReviewStatus.ChangesRequested), (snapshots[3].Before.Status, snapshots[3].After.Status));
        // Each entry starts where the one before it ended.
        for (var i = 1; i < snapshots.Count; i++)
        {
            Assert.Equal(snapshots[i - 1].After.Document, snapshots[i].Before.Document);
        }
    }

    [Fact]
    public async Task Restore_puts_the_earlier_checklist_back_and_is_itself_recorded()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted, checklist: ["original"]);
        var first = await Reviews.EditChecklistAsync(sourceId, await fixture.RowVersionAsync(sourceId), ["first edit", "kept"], ReviewDatabase.Editor, Cancel);
        var second = await Reviews.EditChecklistAsync(sourceId, first.RowVersion, ["second edit"], ReviewDatabase.Editor, Cancel);
        var firstEntry = (await fixture.HistoryAsync(sourceId))[0];

        var restored = await Reviews.RestoreAsync(sourceId, second.RowVersion, firstEntry.Id, ReviewDatabase.Lead, Cancel);

        Assert.True(restored.Succeeded, restored.Message);
        Assert.Equal(["first edit", "kept"], (await fixture.GetAsync(sourceId)).Checklist);
        var history = await fixture.HistoryAsync(sourceId);
        Assert.Equal(3, history.Count);
        var entry = history[^1];
        Assert.Equal(ReviewDatabase.Lead.Name, entry.Actor);
        Assert.Contains("restored", entry.Action, StringComparison.Ordinal);
        Assert.Equal(["second edit"], RevisionSnapshot.FromJson(entry.Before)!.Checklist);
        Assert.Equal(["first edit", "kept"], RevisionSnapshot.FromJson(entry.After)!.Checklist);
    }

    [Fact]
    public async Task Editors_cannot_restore_and_a_stale_restore_is_a_conflict()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted, checklist: ["original"]);
        var first = await Reviews.EditChecklistAsync(sourceId, await fixture.RowVersionAsync(sourceId), ["first edit"], ReviewDatabase.Editor, Cancel);
        await Reviews.EditChecklistAsync(sourceId, first.RowVersion, ["second edit"], ReviewDatabase.Editor, Cancel);
        var firstEntry = (await fixture.HistoryAsync(sourceId))[0];
        var current = await fixture.RowVersionAsync(sourceId);

        var byEditor = await Reviews.RestoreAsync(sourceId, current, firstEntry.Id, ReviewDatabase.Editor, Cancel);
        var stale = await Reviews.RestoreAsync(sourceId, first.RowVersion, firstEntry.Id, ReviewDatabase.Lead, Cancel);

        Assert.Equal(ReviewFailure.Forbidden, byEditor.Failure);
        Assert.Equal(ReviewFailure.Conflict, stale.Failure);
        Assert.Equal(["second edit"], (await fixture.GetAsync(sourceId)).Checklist);
        Assert.Equal(2, (await fixture.HistoryAsync(sourceId)).Count);
    }

    [Fact]
    public async Task Timeline_lists_the_newest_first_limited_and_compares_snapshots()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted, checklist: ["a"]);
        for (var i = 0; i < 5; i++)
        {
            await Reviews.BumpVersionAsync(sourceId, await fixture.RowVersionAsync(sourceId), VersionBump.Patch, ReviewDatabase.Editor, Cancel);
        }

        var query = fixture.Database.Get<PostHistoryQuery>();
        var postId = (await fixture.HistoryAsync(sourceId))[0].PostId;

        var page = await query.GetAsync(postId, take: 3, Cancel);

        Assert.Equal(5, page.Total);
        Assert.Equal(3, page.Items.Count);
        Assert.True(page.Items.Zip(page.Items.Skip(1)).All(p => p.First.Id > p.Second.Id), "newest first");
        Assert.All(page.Items, i => Assert.True(i.HasBefore && i.HasAfter));
        var newest = await query.GetSnapshotAsync(postId, page.Items[0].Id, after: true, Cancel);
        Assert.Equal("1.2.8", newest!.Version);
        Assert.Null(await query.GetSnapshotAsync(postId + 1000, page.Items[0].Id, after: true, Cancel));
    }
}
