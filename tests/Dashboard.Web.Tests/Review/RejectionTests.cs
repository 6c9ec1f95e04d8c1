using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Exports;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Features.Queue;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Review;

/// <summary>Rejecting a post and reopening it, through the one apply path, on the database the tests run on.</summary>
public sealed class RejectionTests(ReviewDatabase fixture) : IClassFixture<ReviewDatabase>
{
    private static CancellationToken Cancel => ReviewDatabase.Cancel;

    private ReviewService Reviews => fixture.Reviews;

    private async Task<ReviewResult> RejectAsync(string sourceId, RejectionReason reason = RejectionReason.LowQuality, string? note = "repeats itself", string? duplicateOf = null, Reviewer? who = null) =>
        await Reviews.RejectAsync(sourceId, await fixture.RowVersionAsync(sourceId), reason, note, duplicateOf, who ?? ReviewDatabase.Lead, Cancel);

    private async Task<IReadOnlyList<string>> QueueAsync(QueueFilter? filter = null) =>
        await fixture.Database.Get<QueueQuery>().GetSourceIdsAsync(filter ?? new QueueFilter(), 100_000, Cancel);

    [Fact]
    public async Task A_rejected_post_leaves_the_queue_is_recorded_with_its_reason_and_shows_under_the_rejected_status_filter()
    {
        var kept = await fixture.AddAsync(ReviewStatus.Drafted);
        var copy = await fixture.AddAsync(ReviewStatus.InReview);

        var result = await RejectAsync(copy, RejectionReason.Duplicate, "same article", kept);

        Assert.True(result.Succeeded, result.Message);
        var stored = await fixture.GetAsync(copy);
        Assert.Equal((ReviewStatus.Rejected, false), (stored.Status, stored.InQueue));
        Assert.DoesNotContain(copy, await QueueAsync());
        Assert.Contains(copy, await QueueAsync(new QueueFilter { Status = ReviewStatus.Rejected }));
        await using (var db = fixture.Database.CreateContext())
        {
            var row = await db.Posts.AsNoTracking().SingleAsync(p => p.SourceId == copy, Cancel);
            Assert.Equal(("duplicate", "same article", kept, ReviewDatabase.Lead.Name), (row.RejectionReason, row.RejectionNote, row.DuplicateOf, row.RejectedBy));
            Assert.NotNull(row.RejectedAtUtc);
        }

        // The document says the same (what export writes), and the history names the kind and the note.
        var rejection = Rejection.Of(PostParser.Parse(stored.Document).Post!.Meta.Revision);
        Assert.Equal((RejectionReason.Duplicate, kept), (rejection!.Reason, rejection.DuplicateOf));
        var entry = (await fixture.HistoryAsync(copy)).Last();
        Assert.Equal((HistoryKind.Rejected, "same article"), (entry.Kind, entry.Note));
        Assert.Contains(kept, entry.Action, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lead_reopens_a_rejected_post_and_it_is_drafted_again_in_the_queue_without_its_rejection()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.InReview);
        var approved = await Reviews.ApproveAsync(sourceId, await fixture.RowVersionAsync(sourceId), ReviewDatabase.Lead, Cancel);
        Assert.True(approved.Succeeded, approved.Message);
        Assert.True((await RejectAsync(sourceId)).Succeeded);

        var reopened = await Reviews.ReopenAsync(sourceId, await fixture.RowVersionAsync(sourceId), ReviewDatabase.Lead, Cancel);

        Assert.True(reopened.Succeeded, reopened.Message);
        var stored = await fixture.GetAsync(sourceId);
        Assert.Equal((ReviewStatus.Drafted, true, true), (stored.Status, stored.NeedsHumanReview, stored.InQueue));
        Assert.DoesNotContain("rejection reason", stored.Document, StringComparison.Ordinal);
        Assert.Contains(sourceId, await QueueAsync());
        Assert.Equal(HistoryKind.Reopened, (await fixture.HistoryAsync(sourceId)).Last().Kind);
    }

    [Fact]
    public async Task An_editor_may_neither_reject_nor_reopen()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);

        var rejected = await RejectAsync(sourceId, who: ReviewDatabase.Editor);

        Assert.Equal(ReviewFailure.Forbidden, rejected.Failure);
        Assert.True((await RejectAsync(sourceId)).Succeeded);
        var reopened = await Reviews.ReopenAsync(sourceId, await fixture.RowVersionAsync(sourceId), ReviewDatabase.Editor, Cancel);
        Assert.Equal(ReviewFailure.Forbidden, reopened.Failure);
        Assert.Equal(ReviewStatus.Rejected, (await fixture.GetAsync(sourceId)).Status);
    }

    [Fact]
    public async Task Rejecting_twice_or_reopening_a_post_that_is_not_rejected_is_refused_with_the_reason()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);

        var reopened = await Reviews.ReopenAsync(sourceId, await fixture.RowVersionAsync(sourceId), ReviewDatabase.Lead, Cancel);
        Assert.True((await RejectAsync(sourceId)).Succeeded);
        var again = await RejectAsync(sourceId);

        Assert.Equal(ReviewFailure.Invalid, reopened.Failure);
        Assert.Contains("only a rejected post can be reopened", reopened.Message, StringComparison.Ordinal);
        Assert.Equal(ReviewFailure.Invalid, again.Failure);
        Assert.Contains("already rejected", again.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-post", "No post has the source id")]
    [InlineData("SELF", "duplicate of itself")]
    [InlineData("REJECTED", "is rejected itself")]
    [InlineData("", "which post this one duplicates")]
    public async Task A_duplicate_must_name_another_existing_post_that_is_not_rejected(string duplicateOf, string refusal)
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);
        var rejected = await fixture.AddAsync(ReviewStatus.Drafted);
        Assert.True((await RejectAsync(rejected)).Succeeded);
        var named = duplicateOf switch { "SELF" => sourceId, "REJECTED" => rejected, _ => duplicateOf };

        var result = await RejectAsync(sourceId, RejectionReason.Duplicate, null, named);

        Assert.Equal(ReviewFailure.Invalid, result.Failure);
        Assert.Contains(refusal, result.Message, StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.Drafted, (await fixture.GetAsync(sourceId)).Status);
    }

    [Fact]
    public async Task An_exported_rejected_post_imports_again_as_unchanged_and_stays_rejected()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);
        Assert.True((await RejectAsync(sourceId, RejectionReason.OffTopic, "not about programming")).Succeeded);
        var before = await fixture.GetAsync(sourceId);
        using var folder = TempFolder.Create();
        await fixture.Database.Get<PostExporter>().ExportAsync(folder.Path, ReviewStatus.Rejected, needsReviewOnly: false, Cancel);
        var exported = Directory.GetFiles(folder.Path).Select(File.ReadAllText).Single(text => text.Contains(sourceId, StringComparison.Ordinal));
        Assert.Contains("  • rejection reason: off topic", exported, StringComparison.Ordinal);
        Assert.Contains("  • rejection note: not about programming", exported, StringComparison.Ordinal);

        var again = await fixture.Database.ImportAsync(ImportFiles.Expand([folder.Path]).Select(p => ImportFile.FromPath(p)));

        Assert.Equal(0, again.Imported + again.Updated + again.Conflicts + again.Failed);
        var after = await fixture.GetAsync(sourceId);
        Assert.Equal((before.Status, before.RowVersion, before.Document), (after.Status, after.RowVersion, after.Document));
    }

    [Fact]
    public async Task A_new_file_that_says_rejected_is_admitted_as_drafted_into_the_queue()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);
        Assert.True((await RejectAsync(sourceId)).Succeeded);
        var text = (await fixture.GetAsync(sourceId)).Document.Replace(sourceId, "alphanode-claims-rejected", StringComparison.Ordinal);

        var summary = await fixture.Database.ImportAsync([TestFiles.FromText("claims-rejected.txt", text)]);

        Assert.Equal(1, summary.Imported);
        var stored = await fixture.GetAsync("alphanode-claims-rejected");
        Assert.Equal((ReviewStatus.Drafted, true), (stored.Status, stored.InQueue));
        Assert.DoesNotContain("rejection reason", stored.Document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejection_stays_through_a_checklist_edit()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.InReview);
        Assert.True((await RejectAsync(sourceId, RejectionReason.Unsafe)).Succeeded);

        var edited = await Reviews.EditChecklistAsync(sourceId, await fixture.RowVersionAsync(sourceId), ["one item"], ReviewDatabase.Editor, Cancel);

        Assert.True(edited.Succeeded, edited.Message);
        var rejected = await fixture.GetAsync(sourceId);
        Assert.Equal((ReviewStatus.Rejected, false), (rejected.Status, rejected.InQueue));
        Assert.Equal(RejectionReason.Unsafe, Rejection.Of(PostParser.Parse(rejected.Document).Post!.Meta.Revision)?.Reason);
    }

    [Fact]
    public async Task A_bulk_rejection_is_undone_in_one_click_and_the_posts_are_back_as_they_were()
    {
        var sourceIds = await fixture.AddManyAsync(2, ReviewStatus.InReview);
        var before = await Task.WhenAll(sourceIds.Select(fixture.GetAsync));
        var targets = sourceIds.Zip(before, (id, post) => new BulkTarget(id, post.RowVersion)).ToList();
        var plan = await fixture.Bulk.DryRunAsync(new BulkRequest(BulkAction.Reject, targets, null, Note: "unsafe advice", Reason: RejectionReason.Unsafe), ReviewDatabase.Lead, Cancel);
        Assert.Equal("2 can be rejected (unsafe)", plan.Summary);
        var outcome = await fixture.Bulk.ExecuteAsync(plan, ReviewDatabase.Lead, cancellationToken: Cancel);
        Assert.Equal(2, outcome.Done);
        Assert.Empty((await fixture.Database.Get<QueueQuery>().GetSourceIdsAsync(new QueueFilter(), 100_000, Cancel)).Intersect(sourceIds));

        var undone = await fixture.Bulk.UndoAsync(outcome.BulkId, ReviewDatabase.Lead, Cancel);

        Assert.Equal(2, undone.Done);
        var after = await Task.WhenAll(sourceIds.Select(fixture.GetAsync));
        Assert.Equal(before.Select(p => (p.Status, p.InQueue, p.Document)), after.Select(p => (p.Status, p.InQueue, p.Document)));
    }
}
