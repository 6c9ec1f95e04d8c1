using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Posts;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.TestSupport;

namespace Dashboard.Web.Tests.Review;

/// <summary>The workflow's states: drafted → in review → approved, changes requested, versions.</summary>
public sealed class ReviewWorkflowTests(ReviewDatabase fixture) : IClassFixture<ReviewDatabase>
{
    private static CancellationToken Cancel => ReviewDatabase.Cancel;

    private ReviewService Reviews => fixture.Reviews;

    [Fact]
    public async Task Drafted_post_sent_for_approval_and_approved_is_reviewed_today_no_longer_needs_review_and_leaves_the_queue()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);
        var queue = fixture.Database.Get<QueueQuery>();
        Assert.Contains(sourceId, await queue.GetSourceIdsAsync(new QueueFilter(), 10_000, Cancel));

        var sent = await Reviews.SubmitAsync(sourceId, await fixture.RowVersionAsync(sourceId), ReviewDatabase.Editor, Cancel);
        Assert.True(sent.Succeeded, sent.Message);
        Assert.Equal(ReviewStatus.InReview, (await fixture.GetAsync(sourceId)).Status);
        Assert.Contains(sourceId, await queue.GetSourceIdsAsync(new QueueFilter(), 10_000, Cancel));

        var approved = await Reviews.ApproveAsync(sourceId, sent.RowVersion, ReviewDatabase.Lead, Cancel);

        Assert.True(approved.Succeeded, approved.Message);
        var post = await fixture.GetAsync(sourceId);
        Assert.Equal(ReviewStatus.Approved, post.Status);
        Assert.Equal(ReviewDatabase.Today, post.LastReviewed);
        Assert.False(post.NeedsHumanReview);
        Assert.DoesNotContain(sourceId, await queue.GetSourceIdsAsync(new QueueFilter(), 10_000, Cancel));
        // The document (what export writes) says the same as the columns.
        var view = await fixture.Database.Get<PostReader>().GetAsync(sourceId, Cancel);
        Assert.Equal(ReviewStatus.Approved, view!.Post.Meta.Revision!.Status);
        Assert.Equal(ReviewDatabase.Today, view.Post.Meta.Revision.LastReviewed);
        Assert.False(view.Post.Meta.Flags!.NeedsHumanReview);
    }

    [Fact]
    public async Task Drafted_post_cannot_be_approved_before_it_is_sent_for_approval()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);

        var result = await Reviews.ApproveAsync(sourceId, await fixture.RowVersionAsync(sourceId), ReviewDatabase.Lead, Cancel);

        Assert.Equal(ReviewFailure.Invalid, result.Failure);
        Assert.Contains("send it for approval first", result.Message, StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.Drafted, (await fixture.GetAsync(sourceId)).Status);
    }

    [Fact]
    public async Task Changes_requested_go_back_to_the_editor_with_the_note_and_the_editor_can_send_the_post_again()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.InReview);

        var sentBack = await Reviews.RequestChangesAsync(sourceId, await fixture.RowVersionAsync(sourceId), "the defaults table is out of date", ReviewDatabase.Lead, Cancel);

        Assert.True(sentBack.Succeeded, sentBack.Message);
        Assert.Equal(ReviewStatus.ChangesRequested, (await fixture.GetAsync(sourceId)).Status);
        Assert.Equal("the defaults table is out of date", Assert.Single(await fixture.HistoryAsync(sourceId)).Note);

        var resent = await Reviews.SubmitAsync(sourceId, sentBack.RowVersion, ReviewDatabase.Editor, Cancel);
        Assert.True(resent.Succeeded, resent.Message);
        Assert.Equal(ReviewStatus.InReview, (await fixture.GetAsync(sourceId)).Status);
    }

    [Fact]
    public async Task Request_changes_without_a_note_is_refused()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.InReview);

        var result = await Reviews.RequestChangesAsync(sourceId, await fixture.RowVersionAsync(sourceId), "   ", ReviewDatabase.Lead, Cancel);

        Assert.Equal(ReviewFailure.Invalid, result.Failure);
        Assert.Equal(ReviewStatus.InReview, (await fixture.GetAsync(sourceId)).Status);
    }

    [Fact]
    public async Task Changing_the_checklist_of_an_approved_post_sends_it_back_to_review()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Approved, needsHumanReview: false);

        var result = await Reviews.EditChecklistAsync(sourceId, await fixture.RowVersionAsync(sourceId), ["a new item"], ReviewDatabase.Editor, Cancel);

        Assert.True(result.Succeeded, result.Message);
        var post = await fixture.GetAsync(sourceId);
        Assert.Equal(ReviewStatus.InReview, post.Status);
        Assert.Equal(["a new item"], post.Checklist);
    }

    [Fact]
    public async Task Version_bumps_follow_semantic_versioning()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted, version: "1.5.3");
        var versions = new List<string>();
        foreach (var bump in new[] { VersionBump.Patch, VersionBump.Patch, VersionBump.Minor, VersionBump.Patch, VersionBump.Major })
        {
            var result = await Reviews.BumpVersionAsync(sourceId, await fixture.RowVersionAsync(sourceId), bump, ReviewDatabase.Editor, Cancel);
            Assert.True(result.Succeeded, result.Message);
            versions.Add(result.Version!);
        }

        Assert.Equal(["1.5.4", "1.5.5", "1.6.0", "1.6.1", "2.0.0"], versions);
        Assert.Equal("2.0.0", (await fixture.GetAsync(sourceId)).Version);
    }

    [Fact]
    public async Task Admin_moving_the_version_backwards_needs_a_confirmation()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.InReview, version: "1.5.3");
        var rowVersion = await fixture.RowVersionAsync(sourceId);

        var unconfirmed = await Reviews.EditRevisionAsync(sourceId, rowVersion, ReviewStatus.InReview, "1.4.0", null, false, ReviewDatabase.Admin, Cancel);

        Assert.Equal(ReviewFailure.NeedsConfirmation, unconfirmed.Failure);
        Assert.Contains("1.4.0", unconfirmed.Message, StringComparison.Ordinal);
        Assert.Equal("1.5.3", (await fixture.GetAsync(sourceId)).Version);
        Assert.Empty(await fixture.HistoryAsync(sourceId));

        var confirmed = await Reviews.EditRevisionAsync(sourceId, rowVersion, ReviewStatus.InReview, "1.4.0", null, true, ReviewDatabase.Admin, Cancel);

        Assert.True(confirmed.Succeeded, confirmed.Message);
        Assert.Equal("1.4.0", (await fixture.GetAsync(sourceId)).Version);
    }

    [Fact]
    public async Task Admin_moving_the_version_forwards_needs_no_confirmation_and_bad_input_is_refused()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted, version: "1.5.3");
        var rowVersion = await fixture.RowVersionAsync(sourceId);

        var notAVersion = await Reviews.EditRevisionAsync(sourceId, rowVersion, ReviewStatus.Drafted, "one point six", null, false, ReviewDatabase.Admin, Cancel);
        var notAStatus = await Reviews.EditRevisionAsync(sourceId, rowVersion, "published", "1.6.0", null, false, ReviewDatabase.Admin, Cancel);
        var forwards = await Reviews.EditRevisionAsync(sourceId, rowVersion, ReviewStatus.Drafted, "1.6.0", new DateOnly(2026, 3, 4), false, ReviewDatabase.Admin, Cancel);

        Assert.Equal(ReviewFailure.Invalid, notAVersion.Failure);
        Assert.Equal(ReviewFailure.Invalid, notAStatus.Failure);
        Assert.True(forwards.Succeeded, forwards.Message);
        var post = await fixture.GetAsync(sourceId);
        Assert.Equal(("1.6.0", new DateOnly(2026, 3, 4)), (post.Version, post.LastReviewed));
        Assert.Equal(SemVersion.Parse("1.6.0"), TestFiles.Parse(post.Document).Meta.Revision!.Version);
    }

    [Theory]
    [InlineData(ReviewStatus.Drafted)]
    [InlineData(ReviewStatus.InReview)]
    [InlineData(ReviewStatus.ChangesRequested)]
    public async Task Admin_revision_edit_cannot_approve_a_post_it_stays_out_of_the_feed_and_nothing_is_recorded(string status)
    {
        var sourceId = await fixture.AddAsync(status);
        var before = await fixture.GetAsync(sourceId);

        var result = await Reviews.EditRevisionAsync(sourceId, before.RowVersion, ReviewStatus.Approved, before.Version, null, false, ReviewDatabase.Admin, Cancel);

        Assert.Equal(ReviewFailure.Invalid, result.Failure);
        Assert.Contains("Approve", result.Message, StringComparison.Ordinal);
        Assert.Equivalent(before, await fixture.GetAsync(sourceId), strict: true);
        Assert.Empty(await fixture.HistoryAsync(sourceId));
    }

    [Theory]
    [InlineData(ReviewStatus.Approved)]
    [InlineData(ReviewStatus.Indexed)]
    public async Task Admin_changing_the_version_of_an_approved_post_sends_it_back_to_review(string status)
    {
        var sourceId = await ReviewedAsync(status);

        var result = await Reviews.EditRevisionAsync(sourceId, await fixture.RowVersionAsync(sourceId), status, "1.6.0", null, false, ReviewDatabase.Admin, Cancel);

        Assert.True(result.Succeeded, result.Message);
        var post = await fixture.GetAsync(sourceId);
        Assert.Equal((ReviewStatus.InReview, "1.6.0"), (post.Status, post.Version));
        Assert.Equal(ReviewStatus.InReview, TestFiles.Parse(post.Document).Meta.Revision!.Status);
        var entry = (await fixture.HistoryAsync(sourceId))[^1];
        Assert.Equal((status, ReviewStatus.InReview), (RevisionSnapshot.FromJson(entry.Before)!.Status, RevisionSnapshot.FromJson(entry.After)!.Status));
    }

    [Fact]
    public async Task Admin_editing_only_the_last_reviewed_date_of_an_approved_post_keeps_it_approved()
    {
        var sourceId = await ReviewedAsync(ReviewStatus.Approved);

        var result = await Reviews.EditRevisionAsync(sourceId, await fixture.RowVersionAsync(sourceId), ReviewStatus.Approved, "1.5.3", new DateOnly(2026, 3, 4), false, ReviewDatabase.Admin, Cancel);

        Assert.True(result.Succeeded, result.Message);
        var post = await fixture.GetAsync(sourceId);
        Assert.Equal((ReviewStatus.Approved, new DateOnly(2026, 3, 4)), (post.Status, post.LastReviewed));
    }

    [Fact]
    public async Task Every_action_honours_the_callers_cancellation_and_changes_nothing()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.InReview);
        var before = await fixture.GetAsync(sourceId);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var token = cancelled.Token;
        var rowVersion = before.RowVersion;

        Func<Task>[] actions =
        [
            () => Reviews.EditChecklistAsync(sourceId, rowVersion, ["one"], ReviewDatabase.Lead, token),
            () => Reviews.BumpVersionAsync(sourceId, rowVersion, VersionBump.Patch, ReviewDatabase.Lead, token),
            () => Reviews.SubmitAsync(sourceId, rowVersion, ReviewDatabase.Lead, token),
            () => Reviews.RequestChangesAsync(sourceId, rowVersion, "a note", ReviewDatabase.Lead, token),
            () => Reviews.ApproveAsync(sourceId, rowVersion, ReviewDatabase.Lead, token),
            () => Reviews.EditRevisionAsync(sourceId, rowVersion, ReviewStatus.InReview, "2.0.0", null, false, ReviewDatabase.Admin, token),
        ];
        foreach (var action in actions)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(action);
        }

        Assert.Equivalent(before, await fixture.GetAsync(sourceId), strict: true);
        Assert.Empty(await fixture.HistoryAsync(sourceId));
    }

    /// <summary>A post of version 1.5.3 that a lead approved (and, for "indexed", the indexer took); an import cannot claim either.</summary>
    private async Task<string> ReviewedAsync(string status)
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.InReview, version: "1.5.3");
        var approved = await Reviews.ApproveAsync(sourceId, await fixture.RowVersionAsync(sourceId), ReviewDatabase.Lead, Cancel);
        Assert.True(approved.Succeeded, approved.Message);
        if (status == ReviewStatus.Indexed)
        {
            var ack = await Reviews.MarkIndexedAsync([new IndexAckRequest(sourceId, approved.RowVersion)], ReviewDatabase.Lead, Cancel);
            Assert.Equal([sourceId], ack.Indexed);
        }

        Assert.Equal(status, (await fixture.GetAsync(sourceId)).Status);
        return sourceId;
    }
}
