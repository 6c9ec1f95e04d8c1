using System.Net.Http.Headers;
using Dashboard.Core.Review;
using static Dashboard.Web.Tests.Api.ApiRequests;

namespace Dashboard.Web.Tests.Api;

/// <summary>The review actions: If-Match, the answers, and how refusals map to HTTP.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReviewApiTests(ApiApp app)
{
    private HttpClient Editor => app.Client(Caller.Editor);
    private HttpClient Lead => app.Client(Caller.Lead);
    private HttpClient Admin => app.Client(Caller.Admin);

    [Fact]
    public async Task A_change_answers_with_the_new_state_and_the_new_etag()
    {
        var sourceId = await app.NewPostAsync();
        var before = await app.ETagAsync(sourceId);

        using var response = await Editor.SendAsync(Raw(HttpMethod.Post, $"/api/posts/{sourceId}/submit", null, before), Ct);

        await AssertStatusAsync(response, 200);
        var post = await JsonOf(response);
        Assert.Equal("in review", post.GetProperty("status").GetString());
        Assert.NotEqual(before, response.Headers.ETag);
        Assert.Equal(await app.ETagAsync(sourceId), response.Headers.ETag);
        Assert.Equal(await app.RowVersionAsync(sourceId), post.GetProperty("rowVersion").GetInt64());
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_412_and_changes_nothing()
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.InReview);
        var stale = await app.ETagAsync(sourceId);
        using (var bumped = await Editor.SendAsync(Json(HttpMethod.Post, $"/api/posts/{sourceId}/version", new { bump = "patch" }, stale), Ct))
        {
            await AssertStatusAsync(bumped, 200);
        }

        var (bodyBefore, etagBefore) = await GetAsync(sourceId);

        using var response = await Lead.SendAsync(Raw(HttpMethod.Post, $"/api/posts/{sourceId}/approve", null, stale), Ct);

        var problem = await ProblemOf(response, 412);
        Assert.Contains("changed", problem.GetProperty("detail").GetString());
        var (bodyAfter, etagAfter) = await GetAsync(sourceId);
        Assert.Equal(etagBefore, etagAfter);
        Assert.Equal(bodyBefore, bodyAfter);
        Assert.Equal("in review", await app.StatusAsync(sourceId));
    }

    [Theory]
    [InlineData("POST", "submit", null)]
    [InlineData("POST", "approve", null)]
    [InlineData("POST", "request-changes", """{"note":"why"}""")]
    [InlineData("POST", "version", """{"bump":"major"}""")]
    [InlineData("PUT", "checklist", """{"items":["a"]}""")]
    [InlineData("PATCH", "revision", """{"version":"9.9.9"}""")]
    public async Task A_change_without_if_match_is_refused_with_428_and_changes_nothing(string method, string action, string? body)
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.InReview);
        var (bodyBefore, etagBefore) = await GetAsync(sourceId);

        using var response = await Admin.SendAsync(Raw(new HttpMethod(method), $"/api/posts/{sourceId}/{action}", body), Ct);

        await ProblemOf(response, 428);
        Assert.Equal((bodyBefore, etagBefore), await GetAsync(sourceId));
    }

    [Fact]
    public async Task If_match_star_is_not_accepted()
    {
        var sourceId = await app.NewPostAsync();

        using var response = await Editor.SendAsync(Raw(HttpMethod.Post, $"/api/posts/{sourceId}/submit", null, EntityTagHeaderValue.Any), Ct);

        await ProblemOf(response, 428);
    }

    [Fact]
    public async Task A_change_to_an_unknown_post_is_a_404_problem()
    {
        using var response = await Editor.SendAsync(Raw(HttpMethod.Post, "/api/posts/no-such-post/submit", null, new EntityTagHeaderValue("\"1\"")), Ct);

        await ProblemOf(response, 404);
    }

    [Fact]
    public async Task Approving_a_drafted_post_is_invalid_422_with_the_service_message()
    {
        var sourceId = await app.NewPostAsync();

        using var response = await Lead.SendAsync(Raw(HttpMethod.Post, $"/api/posts/{sourceId}/approve", null, await app.ETagAsync(sourceId)), Ct);

        var problem = await ProblemOf(response, 422);
        Assert.Equal("This post is drafted; an editor must send it for approval first.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_editor_may_not_approve_even_without_if_match_403()
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.InReview);

        using var response = await Editor.SendAsync(Raw(HttpMethod.Post, $"/api/posts/{sourceId}/approve", null), Ct);

        var problem = await ProblemOf(response, 403);
        Assert.Equal("Only a lead or an admin can approve a post for indexing.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("""{"bump":"huge"}""")]
    [InlineData("""{"bump":"1"}""")]
    [InlineData("""{}""")]
    public async Task An_unknown_bump_is_a_400_problem(string body)
    {
        var sourceId = await app.NewPostAsync();

        using var response = await Editor.SendAsync(Raw(HttpMethod.Post, $"/api/posts/{sourceId}/version", body, await app.ETagAsync(sourceId)), Ct);

        await ProblemOf(response, 400);
    }

    [Theory]
    [InlineData("version", "{\"bump\":")]
    [InlineData("checklist", "{\"items\": \"not a list\"}")]
    [InlineData("request-changes", "null")]
    [InlineData("revision", "{\"confirmBackwards\": \"yes\"}")]
    public async Task Malformed_json_is_a_400_problem(string action, string body)
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.InReview);
        var method = action switch { "checklist" => HttpMethod.Put, "revision" => HttpMethod.Patch, _ => HttpMethod.Post };

        using var response = await Admin.SendAsync(Raw(method, $"/api/posts/{sourceId}/{action}", body, await app.ETagAsync(sourceId)), Ct);

        await ProblemOf(response, 400);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        var sourceId = await app.NewPostAsync();

        using var response = await Editor.SendAsync(Raw(HttpMethod.Post, $"/api/posts/{sourceId}/version", "bump=patch", await app.ETagAsync(sourceId), "application/x-www-form-urlencoded"), Ct);

        await ProblemOf(response, 415);
    }

    [Theory]
    [InlineData("PUT", "checklist", """{"items":["fine","  "]}""", "A checklist item cannot be empty; remove it instead.")]
    [InlineData("PUT", "checklist", """{"items":["one\ntwo"]}""", "A checklist item must fit on one line.")]
    [InlineData("PUT", "checklist", """{}""", null)]
    [InlineData("POST", "request-changes", """{"note":"  "}""", "Say what should change: the note is what the editor will read.")]
    [InlineData("PATCH", "revision", """{"status":"published"}""", null)]
    [InlineData("PATCH", "revision", """{"version":"v2"}""", "\"v2\" is not a semantic version such as 1.5.3.")]
    [InlineData("PATCH", "revision", """{"lastReviewed":"31/01/2026"}""", null)]
    public async Task Invalid_values_are_a_422_problem(string method, string action, string body, string? detail)
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.InReview);
        var (bodyBefore, etagBefore) = await GetAsync(sourceId);

        using var response = await Admin.SendAsync(Raw(new HttpMethod(method), $"/api/posts/{sourceId}/{action}", body, etagBefore), Ct);

        var problem = await ProblemOf(response, 422);
        if (detail is not null)
        {
            Assert.Equal(detail, problem.GetProperty("detail").GetString());
        }

        Assert.Equal((bodyBefore, etagBefore), await GetAsync(sourceId));
    }

    [Fact]
    public async Task Checklist_put_replaces_the_whole_list()
    {
        var sourceId = await app.NewPostAsync();

        using var response = await Editor.SendAsync(
            Json(HttpMethod.Put, $"/api/posts/{sourceId}/checklist", new { items = new[] { "profile first", "then cache" } }, await app.ETagAsync(sourceId)), Ct);

        await AssertStatusAsync(response, 200);
        var checklist = (await JsonOf(response)).GetProperty("meta").GetProperty("checklist").EnumerateArray().Select(i => i.GetString());
        Assert.Equal(["profile first", "then cache"], checklist);
    }

    [Fact]
    public async Task Version_bump_answers_with_the_bumped_version()
    {
        var sourceId = await app.NewPostAsync();

        using var response = await Editor.SendAsync(Json(HttpMethod.Post, $"/api/posts/{sourceId}/version", new { bump = "Minor" }, await app.ETagAsync(sourceId)), Ct);

        await AssertStatusAsync(response, 200);
        Assert.Equal("1.6.0", (await JsonOf(response)).GetProperty("version").GetString());
    }

    [Fact]
    public async Task Request_changes_sends_the_post_back()
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.InReview);

        using var response = await Lead.SendAsync(Json(HttpMethod.Post, $"/api/posts/{sourceId}/request-changes", new { note = "Add numbers." }, await app.ETagAsync(sourceId)), Ct);

        await AssertStatusAsync(response, 200);
        Assert.Equal("changes requested", (await JsonOf(response)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Revision_patch_keeps_missing_fields_and_sets_given_ones()
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.InReview);

        using var response = await Admin.SendAsync(Json(HttpMethod.Patch, $"/api/posts/{sourceId}/revision", new { lastReviewed = "2026-01-31" }, await app.ETagAsync(sourceId)), Ct);

        await AssertStatusAsync(response, 200);
        var post = await JsonOf(response);
        Assert.Equal(("in review", "1.5.3", "2026-01-31"), (
            post.GetProperty("status").GetString(), post.GetProperty("version").GetString(), post.GetProperty("lastReviewed").GetString()));
    }

    [Fact]
    public async Task Revision_patch_cannot_approve_a_drafted_post_422_and_the_feed_never_gets_it()
    {
        var sourceId = await app.NewPostAsync();
        var etag = await app.ETagAsync(sourceId);

        using var response = await Admin.SendAsync(Json(HttpMethod.Patch, $"/api/posts/{sourceId}/revision", new { status = "approved" }, etag), Ct);

        var problem = await ProblemOf(response, 422);
        Assert.Contains("Approve", problem.GetProperty("detail").GetString());
        Assert.Equal("drafted", await app.StatusAsync(sourceId));
        Assert.Equal(etag, await app.ETagAsync(sourceId));
    }

    [Fact]
    public async Task Revision_patch_of_the_version_of_an_approved_post_sends_it_back_to_review()
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.Approved);

        using var response = await Admin.SendAsync(Json(HttpMethod.Patch, $"/api/posts/{sourceId}/revision", new { version = "7.0.0" }, await app.ETagAsync(sourceId)), Ct);

        await AssertStatusAsync(response, 200);
        var post = await JsonOf(response);
        Assert.Equal(("in review", "7.0.0"), (post.GetProperty("status").GetString(), post.GetProperty("version").GetString()));
        Assert.Equal("in review", await app.StatusAsync(sourceId));
    }

    [Fact]
    public async Task Moving_the_version_backwards_needs_confirmation_409_then_succeeds_with_it()
    {
        var sourceId = await app.NewPostAsync();
        var etag = await app.ETagAsync(sourceId);

        using var refused = await Admin.SendAsync(Json(HttpMethod.Patch, $"/api/posts/{sourceId}/revision", new { version = "1.0.0" }, etag), Ct);
        var problem = await ProblemOf(refused, 409);
        Assert.Contains("confirm", problem.GetProperty("detail").GetString());
        Assert.Equal(etag, await app.ETagAsync(sourceId));

        using var confirmed = await Admin.SendAsync(Json(HttpMethod.Patch, $"/api/posts/{sourceId}/revision", new { version = "1.0.0", confirmBackwards = true }, etag), Ct);
        await AssertStatusAsync(confirmed, 200);
        Assert.Equal("1.0.0", (await JsonOf(confirmed)).GetProperty("version").GetString());
    }

    private async Task<(string Body, EntityTagHeaderValue? ETag)> GetAsync(string sourceId)
    {
        using var response = await Editor.GetAsync($"/api/posts/{sourceId}", Ct);
        await AssertStatusAsync(response, 200);
        return (await response.Content.ReadAsStringAsync(Ct), response.Headers.ETag);
    }
}
