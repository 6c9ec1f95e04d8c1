using System.Text.Json;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Accounts;
using static Dashboard.Web.Tests.Api.ApiRequests;

namespace Dashboard.Web.Tests.Api;

/// <summary>The comments API and the notes on send and request changes: the answers and their codes.</summary>
[Collection(ApiCollection.Name)]
public sealed class CommentsApiTests(ApiApp app)
{
    private static readonly string EditorEmail = DemoAccounts.All[0].Email;

    private HttpClient Editor => app.Client(Caller.Editor);
    private HttpClient Lead => app.Client(Caller.Lead);

    [Fact]
    public async Task A_comment_is_added_with_201_and_listed_with_its_anchor_mention_and_replies()
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.InReview);

        var first = await AddAsync(Lead, sourceId, new { body = $"@{EditorEmail} where is this from?", anchor = "paragraph:1" });
        await AddAsync(Editor, sourceId, new { body = "The release notes.", parentId = first.GetProperty("id").GetInt64() });

        using var listed = await Lead.GetAsync($"/api/posts/{sourceId}/comments", Ct);
        await AssertStatusAsync(listed, 200);
        var thread = Assert.Single((await JsonOf(listed)).EnumerateArray());
        Assert.Equal("paragraph:1", thread.GetProperty("anchor").GetString());
        Assert.Equal($"@{EditorEmail} where is this from?", thread.GetProperty("text").GetString());
        Assert.Equal(EditorEmail, Assert.Single(thread.GetProperty("mentions").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, thread.GetProperty("resolved").ValueKind);
        Assert.Equal("The release notes.", Assert.Single(thread.GetProperty("replies").EnumerateArray()).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Resolve_and_reopen_answer_with_the_thread_and_who_resolved_it()
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.InReview);
        var id = (await AddAsync(Lead, sourceId, new { body = "Fix the heading" })).GetProperty("id").GetInt64();

        using var resolved = await Editor.PostAsync($"/api/posts/{sourceId}/comments/{id}/resolve", null, Ct);
        await AssertStatusAsync(resolved, 200);
        Assert.Equal(EditorEmail, (await JsonOf(resolved)).GetProperty("resolved").GetProperty("by").GetString());

        using var reopened = await Lead.PostAsync($"/api/posts/{sourceId}/comments/{id}/reopen", null, Ct);
        await AssertStatusAsync(reopened, 200);
        Assert.Equal(JsonValueKind.Null, (await JsonOf(reopened)).GetProperty("resolved").ValueKind);
    }

    [Theory]
    [InlineData("""{"body":"  "}""", "A comment needs some text.")]
    [InlineData("""{"body":"see @nobody@example.test"}""", "No account is called @nobody@example.test;")]
    [InlineData("""{"body":"see", "mentions":["ghost"]}""", "No account is called @ghost;")]
    [InlineData("""{"body":"see", "anchor":"paragraph:999"}""", "The anchor paragraph:999 names paragraph 999, but the post has")]
    [InlineData("""{"body":"see", "parentId":999999999}""", "Comment 999999999 is not a comment on this post")]
    public async Task Invalid_comments_are_a_422_problem_naming_what_is_wrong_and_nothing_is_stored(string body, string detail)
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.InReview);

        using var response = await Lead.SendAsync(Raw(HttpMethod.Post, $"/api/posts/{sourceId}/comments", body), Ct);

        var problem = await ProblemOf(response, 422);
        Assert.StartsWith(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var listed = await Lead.GetAsync($"/api/posts/{sourceId}/comments", Ct);
        Assert.Empty((await JsonOf(listed)).EnumerateArray());
    }

    [Fact]
    public async Task Comments_of_an_unknown_post_or_comment_are_404_and_malformed_json_400()
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.InReview);

        using var list = await Lead.GetAsync("/api/posts/no-such-post/comments", Ct);
        using var add = await Lead.SendAsync(Raw(HttpMethod.Post, "/api/posts/no-such-post/comments", """{"body":"x"}"""), Ct);
        using var resolve = await Lead.PostAsync($"/api/posts/{sourceId}/comments/999999999/resolve", null, Ct);
        using var malformed = await Lead.SendAsync(Raw(HttpMethod.Post, $"/api/posts/{sourceId}/comments", """{"body":"""), Ct);

        await ProblemOf(list, 404);
        await ProblemOf(add, 404);
        await ProblemOf(resolve, 404);
        await ProblemOf(malformed, 400);
    }

    [Fact]
    public async Task Approving_a_post_with_an_open_comment_is_422_naming_it()
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.InReview);
        var id = (await AddAsync(Editor, sourceId, new { body = "Not ready: the numbers are old" })).GetProperty("id").GetInt64();

        using var refused = await Lead.SendAsync(Raw(HttpMethod.Post, $"/api/posts/{sourceId}/approve", null, await app.ETagAsync(sourceId)), Ct);

        var problem = await ProblemOf(refused, 422);
        Assert.Contains($"#{id} by {EditorEmail}: “Not ready: the numbers are old”", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.InReview, await app.StatusAsync(sourceId));
    }

    [Fact]
    public async Task Send_for_approval_takes_an_optional_note_for_the_lead()
    {
        var withNote = await app.NewPostAsync();
        var without = await app.NewPostAsync();

        using var noted = await Editor.SendAsync(Json(HttpMethod.Post, $"/api/posts/{withNote}/submit", new { note = "rewrote the intro" }, await app.ETagAsync(withNote)), Ct);
        using var bare = await Editor.SendAsync(Raw(HttpMethod.Post, $"/api/posts/{without}/submit", null, await app.ETagAsync(without)), Ct);

        await AssertStatusAsync(noted, 200);
        await AssertStatusAsync(bare, 200);
        Assert.Equal("rewrote the intro", await LastNoteAsync(withNote));
        Assert.Null(await LastNoteAsync(without));
    }

    private static async Task<JsonElement> AddAsync(HttpClient client, string sourceId, object body)
    {
        using var response = await client.SendAsync(Json(HttpMethod.Post, $"/api/posts/{sourceId}/comments", body), Ct);
        await AssertStatusAsync(response, 201);
        Assert.NotNull(response.Headers.Location);
        return await JsonOf(response);
    }

    private async Task<string?> LastNoteAsync(string sourceId)
    {
        await using var db = app.CreateContext();
        return db.PostHistory.Where(h => db.Posts.Any(p => p.Id == h.PostId && p.SourceId == sourceId)).OrderByDescending(h => h.Id).Select(h => h.Note).First();
    }
}
