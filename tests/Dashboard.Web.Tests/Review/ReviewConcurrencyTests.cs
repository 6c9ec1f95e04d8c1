using Dashboard.Core.Review;
using Dashboard.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Review;

/// <summary>Two reviewers holding the same row version: the first save wins, the second is refused, nothing is lost.</summary>
public sealed class ReviewConcurrencyTests(ReviewDatabase fixture) : IClassFixture<ReviewDatabase>
{
    private static CancellationToken Cancel => ReviewDatabase.Cancel;

    [Fact]
    public async Task Second_save_with_the_same_row_version_is_a_conflict_naming_who_changed_it_and_the_first_change_is_intact()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);
        var seen = await fixture.RowVersionAsync(sourceId);

        var first = await fixture.Reviews.EditChecklistAsync(sourceId, seen, ["the first reviewer's item"], ReviewDatabase.Editor, Cancel);
        var second = await fixture.Reviews.EditChecklistAsync(sourceId, seen, ["the second reviewer's item"], ReviewDatabase.Lead, Cancel);
        var third = await fixture.Reviews.BumpVersionAsync(sourceId, seen, VersionBump.Major, ReviewDatabase.Lead, Cancel);

        Assert.True(first.Succeeded, first.Message);
        Assert.Equal(ReviewFailure.Conflict, second.Failure);
        Assert.Equal(ReviewFailure.Conflict, third.Failure);
        Assert.Contains(ReviewDatabase.Editor.Name, second.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was overwritten", second.Message, StringComparison.Ordinal);
        var post = await fixture.GetAsync(sourceId);
        Assert.Equal(["the first reviewer's item"], post.Checklist);
        Assert.Equal("1.2.3", post.Version);
        Assert.Single(await fixture.HistoryAsync(sourceId));
    }

    [Fact]
    public async Task Two_saves_racing_with_the_same_row_version_leave_exactly_one_change()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);
        var seen = await fixture.RowVersionAsync(sourceId);

        var results = await Task.WhenAll(
            Task.Run(() => fixture.Reviews.EditChecklistAsync(sourceId, seen, ["from A"], ReviewDatabase.Editor, Cancel), Cancel),
            Task.Run(() => fixture.Reviews.EditChecklistAsync(sourceId, seen, ["from B"], ReviewDatabase.Lead, Cancel), Cancel));

        var winner = Assert.Single(results, r => r.Succeeded);
        Assert.Equal(ReviewFailure.Conflict, Assert.Single(results, r => !r.Succeeded).Failure);
        var post = await fixture.GetAsync(sourceId);
        Assert.Equal(winner.RowVersion, post.RowVersion);
        Assert.Single(await fixture.HistoryAsync(sourceId));
        Assert.Single(post.Checklist);
    }

    [Fact]
    public async Task A_context_holding_the_post_from_before_a_review_change_cannot_save_over_it()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);
        await using var stale = fixture.Database.CreateContext();
        var held = await stale.Posts.SingleAsync(p => p.SourceId == sourceId, Cancel);

        var done = await fixture.Reviews.EditChecklistAsync(sourceId, held.RowVersion, ["saved through the service"], ReviewDatabase.Editor, Cancel);
        held.Checklist = ["written over it from a stale context"];

        Assert.True(done.Succeeded, done.Message);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync(Cancel));
        Assert.Equal(["saved through the service"], (await fixture.GetAsync(sourceId)).Checklist);
    }
}
