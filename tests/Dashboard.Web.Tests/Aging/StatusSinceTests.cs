using Dashboard.Core.Review;
using Dashboard.Core.Tests.TestData;
using Dashboard.Web.Tests.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Aging;

/// <summary>Every status change, whatever made it, restarts the post's waiting time; a change that keeps the status does not.</summary>
public sealed class StatusSinceTests(ReviewDatabase fixture) : IClassFixture<ReviewDatabase>
{
    // Set before each step, so "changed" and "kept" are told apart without reading the clock.
    private static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Cancel => ReviewDatabase.Cancel;

    [Fact]
    public async Task An_imported_post_has_entered_its_status_when_it_was_imported()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);

        await using var db = fixture.Database.CreateContext();
        var post = await db.Posts.AsNoTracking().SingleAsync(p => p.SourceId == sourceId, Cancel);
        Assert.Equal(post.ImportedAtUtc, post.StatusSinceUtc);
    }

    [Fact]
    public async Task Each_workflow_action_that_moves_the_post_restarts_it_and_a_version_bump_does_not()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);
        var reviews = fixture.Reviews;

        await SetLongAgoAsync(sourceId);
        await reviews.BumpVersionAsync(sourceId, await fixture.RowVersionAsync(sourceId), VersionBump.Patch, ReviewDatabase.Editor, Cancel);
        Assert.Equal(LongAgo, await SinceAsync(sourceId));

        await Moves(sourceId, async v => await reviews.SubmitAsync(sourceId, v, ReviewDatabase.Editor, Cancel));
        await Moves(sourceId, async v => await reviews.RequestChangesAsync(sourceId, v, "shorter", ReviewDatabase.Lead, Cancel));
        await Moves(sourceId, async v => await reviews.SubmitAsync(sourceId, v, ReviewDatabase.Editor, Cancel));
        await Moves(sourceId, async v => await reviews.ApproveAsync(sourceId, v, ReviewDatabase.Lead, Cancel));
        await Moves(sourceId, async v => await reviews.EditRevisionAsync(sourceId, v, ReviewStatus.Drafted, "1.2.4", null, false, ReviewDatabase.Admin, Cancel));
    }

    [Fact]
    public async Task A_restore_and_an_undo_that_put_another_status_back_restart_it()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.InReview);
        var reviews = fixture.Reviews;
        var approved = await reviews.ApproveAsync(sourceId, await fixture.RowVersionAsync(sourceId), ReviewDatabase.Lead, Cancel);

        await Moves(sourceId, async _ => Assert.True((await fixture.Bulk.UndoChangeAsync(approved.HistoryId!.Value, ReviewDatabase.Lead, Cancel)).Done));
        var history = await fixture.HistoryAsync(sourceId);
        var approval = history.Single(h => h.Kind == HistoryKind.Approved);
        await Moves(sourceId, async v => await reviews.RestoreAsync(sourceId, v, approval.Id, ReviewDatabase.Lead, Cancel));
    }

    [Fact]
    public async Task An_import_restarts_it_only_when_the_file_changes_the_status()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);

        await SetLongAgoAsync(sourceId);
        await ImportAsync(sourceId, ReviewStatus.Drafted, "1.2.4");
        Assert.Equal(LongAgo, await SinceAsync(sourceId));

        await ImportAsync(sourceId, ReviewStatus.InReview, "1.2.5");
        Assert.NotEqual(LongAgo, await SinceAsync(sourceId));
    }

    private async Task ImportAsync(string sourceId, string status, string version)
    {
        var post = PostBuilder.From(ReviewDatabase.NewPost(sourceId, status, version)).Build();
        Assert.Equal(1, (await fixture.Database.ImportAsync([TestFiles.FromPost($"{sourceId}.txt", post)])).Updated);
    }

    private async Task Moves(string sourceId, Func<long, Task> act)
    {
        await SetLongAgoAsync(sourceId);
        var statusBefore = (await fixture.GetAsync(sourceId)).Status;

        await act(await fixture.RowVersionAsync(sourceId));

        Assert.NotEqual(statusBefore, (await fixture.GetAsync(sourceId)).Status);
        Assert.NotEqual(LongAgo, await SinceAsync(sourceId));
    }

    private async Task SetLongAgoAsync(string sourceId)
    {
        await using var db = fixture.Database.CreateContext();
        await db.Posts.Where(p => p.SourceId == sourceId).ExecuteUpdateAsync(s => s.SetProperty(p => p.StatusSinceUtc, LongAgo), Cancel);
    }

    private async Task<DateTime> SinceAsync(string sourceId)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.Posts.Where(p => p.SourceId == sourceId).Select(p => p.StatusSinceUtc).SingleAsync(Cancel);
    }
}
