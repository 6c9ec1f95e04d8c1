using Dashboard.Core.Review;
using Dashboard.Web.Features.Comments;
using Dashboard.Web.Features.Live;
using Dashboard.Web.Features.Review;
using Dashboard.Web.Tests.Review;

namespace Dashboard.Web.Tests.Comments;

/// <summary>Comments: threads, anchors, mentions (parsed, validated, stored as account ids), resolve and reopen.</summary>
public sealed class CommentServiceTests : IAsyncLifetime
{
    private static CancellationToken Cancel => ReviewDatabase.Cancel;

    private ReviewDatabase _fixture = default!;
    private Reviewer _lead = default!;
    private Reviewer _editor = default!;

    private CommentService Comments => _fixture.Database.Get<CommentService>();

    public async ValueTask InitializeAsync()
    {
        _fixture = await ReviewDatabase.CreateAsync();
        _lead = await _fixture.AccountAsync("lena.lead@example.test", Role.Lead);
        _editor = await _fixture.AccountAsync("ed.editor@example.test", Role.Editor);
    }

    public ValueTask DisposeAsync() => _fixture.Database.DisposeAsync();

    [Fact]
    public async Task A_reply_joins_its_thread_and_a_reply_to_a_reply_joins_the_same_thread()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.InReview);
        var first = await AddAsync(sourceId, new CommentDraft("Is the table current?"), _lead);
        var reply = await AddAsync(sourceId, new CommentDraft("Yes, checked today.", first.Id), _editor);
        await AddAsync(sourceId, new CommentDraft("Thanks.", reply.Id), _lead);

        var thread = Assert.Single((await Comments.ListAsync(sourceId, Cancel))!);

        Assert.Equal(first.Id, thread.First.Id);
        Assert.Equal(["Yes, checked today.", "Thanks."], thread.Replies.Select(r => r.Text));
        Assert.All(thread.Replies, r => Assert.Equal(first.Id, r.ParentId));
        Assert.Equal([_editor.Name, _lead.Name], thread.Replies.Select(r => r.Author));
    }

    [Fact]
    public async Task A_reply_to_a_comment_of_another_post_is_refused()
    {
        var one = await _fixture.AddAsync(ReviewStatus.InReview);
        var other = await _fixture.AddAsync(ReviewStatus.InReview);
        var first = await AddAsync(one, new CommentDraft("here"), _lead);

        var result = await Comments.AddAsync(other, new CommentDraft("there", first.Id), _lead, Cancel);

        Assert.Equal(ReviewFailure.Invalid, result.Failure);
        Assert.Equal($"Comment {first.Id} is not a comment on this post; a reply answers one of its comments.", result.Message);
        Assert.Empty((await Comments.ListAsync(other, Cancel))!);
    }

    [Fact]
    public async Task Anchors_name_a_paragraph_or_checklist_item_the_post_has()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.InReview, checklist: ["one", "two"]);

        var onItem = await AddAsync(sourceId, new CommentDraft("Reword this", Anchor: "checklist:2"), _lead);
        var onParagraph = await AddAsync(sourceId, new CommentDraft("Source?", Anchor: "paragraph:1"), _lead);
        var pastTheEnd = await Comments.AddAsync(sourceId, new CommentDraft("?", Anchor: "checklist:3"), _lead, Cancel);
        var notAnAnchor = await Comments.AddAsync(sourceId, new CommentDraft("?", Anchor: "line:3"), _lead, Cancel);

        Assert.Equal("checklist:2", onItem.Anchor?.ToString());
        Assert.Equal("paragraph:1", onParagraph.Anchor?.ToString());
        Assert.Equal("The anchor checklist:3 names checklist item 3, but the post has 2 checklist items.", pastTheEnd.Message);
        Assert.Contains("\"line:3\" is not an anchor", notAnAnchor.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await Comments.ListAsync(sourceId, Cancel))!.Count);
    }

    [Fact]
    public async Task Mentions_are_stored_as_account_ids_shown_by_name_and_an_unknown_one_is_named_and_nothing_stored()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.InReview);

        var added = await AddAsync(sourceId, new CommentDraft("@ED.editor@example.test please look, then tell @lena.lead@example.test."), _lead);
        var refused = await Comments.AddAsync(sourceId, new CommentDraft("@nobody@example.test and @ed.editor@example.test"), _lead, Cancel);

        Assert.Equal("@ed.editor@example.test please look, then tell @lena.lead@example.test.", added.Text);
        Assert.Equal(["ed.editor@example.test", "lena.lead@example.test"], added.Mentions.Select(m => m.Name).Order());
        Assert.Equal(ReviewFailure.Invalid, refused.Failure);
        Assert.StartsWith("No account is called @nobody@example.test;", refused.Message, StringComparison.Ordinal);
        Assert.Single((await Comments.ListAsync(sourceId, Cancel))!);

        await using var db = _fixture.Database.CreateContext();
        var stored = db.PostComments.Single(c => c.Id == added.Id).Body;
        var editorId = db.Users.Single(u => u.UserName == _editor.Name).Id;
        Assert.StartsWith($"@<{editorId}> please look", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_thread_is_resolved_and_reopened_as_a_whole_with_who_and_when()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.InReview);
        var first = await AddAsync(sourceId, new CommentDraft("Fix the heading"), _lead);
        var reply = await AddAsync(sourceId, new CommentDraft("Done", first.Id), _editor);

        var resolved = await Comments.ResolveAsync(sourceId, reply.Id, resolved: true, _editor, Cancel);

        Assert.True(resolved.Succeeded, resolved.Message);
        var thread = Assert.Single((await Comments.ListAsync(sourceId, Cancel))!);
        Assert.False(thread.IsOpen);
        Assert.Equal(_editor.Name, thread.First.ResolvedBy);
        Assert.NotNull(thread.First.ResolvedAtUtc);

        await Comments.ResolveAsync(sourceId, first.Id, resolved: false, _lead, Cancel);
        thread = Assert.Single((await Comments.ListAsync(sourceId, Cancel))!);
        Assert.True(thread.IsOpen);
        Assert.Null(thread.First.ResolvedBy);
    }

    [Fact]
    public async Task A_new_comment_is_announced_to_the_posts_pages_without_a_new_row_version()
    {
        var sourceId = await _fixture.AddAsync(ReviewStatus.InReview);
        var before = await _fixture.RowVersionAsync(sourceId);
        var heard = new TaskCompletionSource<PostChanged>();
        using var subscription = _fixture.Database.Get<PostChangeNotifier>().Subscribe(change =>
        {
            heard.TrySetResult(change);
            return Task.CompletedTask;
        });

        await AddAsync(sourceId, new CommentDraft("hello"), _lead);

        var change = await heard.Task.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        Assert.Equal((sourceId, CommentService.Commented, _lead.Name), (change.SourceId, change.What, change.By));
        Assert.Equal(before, await _fixture.RowVersionAsync(sourceId));
    }

    private async Task<CommentView> AddAsync(string sourceId, CommentDraft draft, Reviewer reviewer)
    {
        var result = await Comments.AddAsync(sourceId, draft, reviewer, Cancel);
        Assert.True(result.Succeeded, result.Message);
        return result.Comment!;
    }
}
