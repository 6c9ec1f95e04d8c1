using Dashboard.Core.Review;
using Dashboard.Web.Features.Notes;
using Dashboard.Web.Tests.Review;

namespace Dashboard.Web.Tests.Comments;

/// <summary>The note of the latest decision sits on top of the post until the post moves on.</summary>
public sealed class OpenNoteTests(ReviewDatabase fixture) : IClassFixture<ReviewDatabase>
{
    private static CancellationToken Cancel => ReviewDatabase.Cancel;

    private Task<OpenNote?> NoteAsync(long postId) => fixture.Database.Get<OpenNoteQuery>().GetAsync(postId, Cancel);

    [Fact]
    public async Task A_leads_request_for_changes_is_the_open_note_through_the_editors_work_and_closes_when_the_post_is_sent_again()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.InReview);
        var postId = await fixture.PostIdAsync(sourceId);
        var back = await fixture.Reviews.RequestChangesAsync(sourceId, await fixture.RowVersionAsync(sourceId), "  the defaults table is out of date ", ReviewDatabase.Lead, Cancel);
        Assert.True(back.Succeeded, back.Message);

        var note = await NoteAsync(postId);
        Assert.Equal(new OpenNote(HistoryKind.ChangesRequested, ReviewDatabase.Lead.Name, note!.AtUtc, "the defaults table is out of date"), note);
        Assert.Equal($"Changes requested by {ReviewDatabase.Lead.Name}", note.Heading);

        // The editor works on it: the note stays.
        var bumped = await fixture.Reviews.BumpVersionAsync(sourceId, back.RowVersion, VersionBump.Patch, ReviewDatabase.Editor, Cancel);
        Assert.Equal("the defaults table is out of date", (await NoteAsync(postId))?.Text);

        // Sent again without a note: nothing is open any more.
        var sent = await fixture.Reviews.SubmitAsync(sourceId, bumped.RowVersion, ReviewDatabase.Editor, Cancel);
        Assert.True(sent.Succeeded, sent.Message);
        Assert.Null(await NoteAsync(postId));
    }

    [Fact]
    public async Task An_editors_note_on_sending_is_stored_and_open_for_the_lead_until_the_lead_decides()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);
        var postId = await fixture.PostIdAsync(sourceId);

        var sent = await fixture.Reviews.SubmitAsync(sourceId, await fixture.RowVersionAsync(sourceId), "rewrote the rollback section", ReviewDatabase.Editor, Cancel);

        Assert.True(sent.Succeeded, sent.Message);
        Assert.Equal("rewrote the rollback section", Assert.Single(await fixture.HistoryAsync(sourceId)).Note);
        var note = await NoteAsync(postId);
        Assert.Equal(HistoryKind.SentForApproval, note?.Kind);
        Assert.Equal("rewrote the rollback section", note?.Text);

        var approved = await fixture.Reviews.ApproveAsync(sourceId, sent.RowVersion, ReviewDatabase.Lead, Cancel);
        Assert.True(approved.Succeeded, approved.Message);
        Assert.Null(await NoteAsync(postId));
    }

    [Fact]
    public async Task Sending_without_a_note_stores_none_and_a_note_too_long_is_refused()
    {
        var sourceId = await fixture.AddAsync(ReviewStatus.Drafted);

        var tooLong = await fixture.Reviews.SubmitAsync(sourceId, await fixture.RowVersionAsync(sourceId), new string('x', ReviewNotes.MaxLength + 1), ReviewDatabase.Editor, Cancel);
        Assert.False(tooLong.Succeeded);
        Assert.Contains($"at most {ReviewNotes.MaxLength}", tooLong.Message, StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.Drafted, (await fixture.GetAsync(sourceId)).Status);

        var sent = await fixture.Reviews.SubmitAsync(sourceId, await fixture.RowVersionAsync(sourceId), "   ", ReviewDatabase.Editor, Cancel);
        Assert.True(sent.Succeeded, sent.Message);
        Assert.Null(Assert.Single(await fixture.HistoryAsync(sourceId)).Note);
        Assert.Null(await NoteAsync(await fixture.PostIdAsync(sourceId)));
    }
}
