using Dashboard.Core.Review;
using Dashboard.Web.Features.Comments;
using Dashboard.Web.Features.Notes;
using Dashboard.Web.Tests.Review;

namespace Dashboard.Web.Tests.Comments;

/// <summary>The header's inbox: unread mentions (read once the post is opened) and posts sent back to their sender.</summary>
public sealed class ReviewerInboxTests : IAsyncLifetime
{
    private static CancellationToken Cancel => ReviewDatabase.Cancel;

    private ReviewDatabase _fixture = default!;
    private Reviewer _lead = default!;
    private Reviewer _editor = default!;

    private ReviewerInbox Inbox => _fixture.Database.Get<ReviewerInbox>();

    public async ValueTask InitializeAsync()
    {
        _fixture = await ReviewDatabase.CreateAsync();
        _lead = await _fixture.AccountAsync("lena.lead@example.test", Role.Lead);
        _editor = await _fixture.AccountAsync("ed.editor@example.test", Role.Editor);
    }

    public ValueTask DisposeAsync() => _fixture.Database.DisposeAsync();

    [Fact]
    public async Task Unread_mentions_are_counted_per_account_and_opening_the_post_marks_only_its_own_read()
    {
        var one = await _fixture.AddAsync(ReviewStatus.InReview);
        var other = await _fixture.AddAsync(ReviewStatus.InReview);
        var comments = _fixture.Database.Get<CommentService>();
        await comments.AddAsync(one, new CommentDraft($"@{_editor.Name} look here"), _lead, Cancel);
        await comments.AddAsync(one, new CommentDraft($"and here, @{_editor.Name}"), _lead, Cancel);
        await comments.AddAsync(other, new CommentDraft($"@{_editor.Name} and @{_lead.Name}, me"), _lead, Cancel);

        var before = await Inbox.GetAsync(_editor, Cancel);
        Assert.Equal(3, before.MentionCount);
        Assert.Equal([other, one, one], before.Mentions.Select(m => m.SourceId));
        Assert.All(before.Mentions, m => Assert.Equal(_lead.Name, m.By));
        // Mentioning oneself is read already.
        Assert.Equal(0, (await Inbox.GetAsync(_lead, Cancel)).MentionCount);

        Assert.Equal(2, await Inbox.MarkReadAsync(one, _editor, Cancel));

        var after = await Inbox.GetAsync(_editor, Cancel);
        Assert.Equal(1, after.MentionCount);
        Assert.Equal(other, Assert.Single(after.Mentions).SourceId);
        Assert.Equal(0, await Inbox.MarkReadAsync(one, _editor, Cancel));
    }

    [Fact]
    public async Task A_post_a_lead_sends_back_is_returned_to_the_reviewer_who_last_sent_it_until_they_send_it_again()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.Drafted);
        var sent = await _fixture.Reviews.SubmitAsync(sourceId, await _fixture.RowVersionAsync(sourceId), _editor, Cancel);
        var back = await _fixture.Reviews.RequestChangesAsync(sourceId, sent.RowVersion, "add a rollback section", _lead, Cancel);
        Assert.True(back.Succeeded, back.Message);

        var inbox = await Inbox.GetAsync(_editor, Cancel);
        var returned = Assert.Single(inbox.Returned);
        Assert.Equal((sourceId, _lead.Name), (returned.SourceId, returned.By));
        Assert.Equal(1, inbox.Count);
        Assert.Empty((await Inbox.GetAsync(_lead, Cancel)).Returned);

        await _fixture.Reviews.SubmitAsync(sourceId, back.RowVersion, _editor, Cancel);
        Assert.Equal(0, (await Inbox.GetAsync(_editor, Cancel)).ReturnedCount);
    }
}
