using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dashboard.Core.Format;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Queue;
using Microsoft.Extensions.DependencyInjection;
using static Dashboard.Web.Tests.Api.ApiRequests;

namespace Dashboard.Web.Tests.Api;

/// <summary>GET /api/posts (the queue's parameters) and GET /api/posts/{sourceId} (the whole post, with its ETag).</summary>
[Collection(ApiCollection.Name)]
public sealed class PostsApiTests(ApiApp app)
{
    private HttpClient Editor => app.Client(Caller.Editor);

    [Fact]
    public async Task List_takes_the_queue_url_parameters_and_returns_what_the_queue_shows()
    {
        await app.NewPostAsync(ReviewStatus.InReview);
        const string query = "?status=in%20review&all=1&sort=title&desc=1&page=1&size=3";

        using var response = await Editor.GetAsync("/api/posts" + query, Ct);

        await AssertStatusAsync(response, 200);
        var json = await JsonOf(response);
        var expected = await app.Services.GetRequiredService<QueueQuery>().GetPageAsync(QueueUrl.Parse(query), Ct);
        Assert.Equal(["total", "items"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(expected.Total, json.GetProperty("total").GetInt32());
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(expected.Rows.Select(r => r.SourceId), items.Select(i => i.GetProperty("sourceId").GetString()));
        Assert.All(items, item =>
        {
            Assert.Equal("in review", item.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.String, item.GetProperty("version").ValueKind);
            Assert.True(item.TryGetProperty("quality", out _));
            Assert.False(item.TryGetProperty("document", out _));
        });
    }

    [Fact]
    public async Task The_openapi_document_declares_the_list_parameters_and_a_row_member_for_each_score()
    {
        using var response = await app.Client(Caller.Anonymous).GetAsync("/openapi/v1.json", Ct);

        await AssertStatusAsync(response, 200);
        var document = await JsonOf(response);
        var list = document.GetProperty("paths").GetProperty("/api/posts").GetProperty("get");
        var parameters = list.GetProperty("parameters").EnumerateArray()
            .Where(p => p.GetProperty("in").GetString() == "query")
            .Select(p => p.GetProperty("name").GetString())
            .ToList();
        Assert.Subset(parameters.ToHashSet(), new HashSet<string?> { "q", "status", "difficulty", "stack", "tool", "all", "sort", "desc", "page", "size" });
        var row = document.GetProperty("components").GetProperty("schemas").GetProperty(nameof(QueueRow)).GetProperty("properties");
        Assert.All(ScoreFields.All, score =>
        {
            Assert.Contains(score.Name, parameters);
            Assert.True(row.TryGetProperty(score.Name, out _), $"{nameof(QueueRow)} has no \"{score.Name}\" member: {row}");
        });
        Assert.False(row.TryGetProperty("scores", out _), row.ToString());
        Assert.False(row.TryGetProperty("scoreMembers", out _), row.ToString());
    }

    [Fact]
    public async Task Get_returns_the_whole_post_with_its_etag()
    {
        var sourceId = await app.NewPostAsync();

        using var response = await Editor.GetAsync($"/api/posts/{sourceId}", Ct);

        await AssertStatusAsync(response, 200);
        var post = await JsonOf(response);
        Assert.Equal(await app.ETagAsync(sourceId), response.Headers.ETag);
        Assert.Equal(await app.RowVersionAsync(sourceId), post.GetProperty("rowVersion").GetInt64());
        Assert.Equal(sourceId, post.GetProperty("sourceId").GetString());
        Assert.Equal("drafted", post.GetProperty("status").GetString());
        Assert.Equal("1.5.3", post.GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(post.GetProperty("title").GetString()));

        var kinds = post.GetProperty("body").EnumerateArray().Select(b => b.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "paragraph", "heading", "figure", "list" }, kinds);
        Assert.Contains("paragraph", kinds);

        var meta = post.GetProperty("meta");
        foreach (var field in new[] { "topic", "summary", "aiOutline", "stack", "tools", "difficulty", "score", "revision", "reference", "flags", "checklist", "entities", "payload", "unknown" })
        {
            Assert.True(meta.TryGetProperty(field, out _), $"meta has no {field}");
        }

        Assert.Equal(sourceId, meta.GetProperty("payload").GetProperty("sourceId").GetString());
        Assert.Equal("1.5.3", meta.GetProperty("revision").GetProperty("version").GetString());
        Assert.Equal("2018-01-07", meta.GetProperty("revision").GetProperty("lastReviewed").GetString());
        Assert.True(meta.GetProperty("flags").GetProperty("needsHumanReview").GetBoolean());
    }

    [Fact]
    public async Task Get_with_the_current_etag_in_if_none_match_answers_304_until_the_post_changes()
    {
        var sourceId = await app.NewPostAsync();
        var etag = await app.ETagAsync(sourceId);

        using var unchanged = new HttpRequestMessage(HttpMethod.Get, $"/api/posts/{sourceId}") { Headers = { IfNoneMatch = { etag } } };
        using var notModified = await Editor.SendAsync(unchanged, Ct);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);

        using var submitted = await Editor.SendAsync(Raw(HttpMethod.Post, $"/api/posts/{sourceId}/submit", null, etag), Ct);
        await AssertStatusAsync(submitted, 200);

        using var changed = new HttpRequestMessage(HttpMethod.Get, $"/api/posts/{sourceId}") { Headers = { IfNoneMatch = { etag } } };
        using var fresh = await Editor.SendAsync(changed, Ct);
        await AssertStatusAsync(fresh, 200);
        Assert.NotEqual(etag, fresh.Headers.ETag);
    }

    [Fact]
    public async Task Get_of_an_unknown_post_is_a_404_problem()
    {
        using var response = await Editor.GetAsync("/api/posts/no-such-post", Ct);

        var problem = await ProblemOf(response, 404);
        Assert.Contains("no-such-post", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Json_names_are_camel_case()
    {
        var sourceId = await app.NewPostAsync();

        using var response = await Editor.GetAsync($"/api/posts/{sourceId}", Ct);

        var names = (await JsonOf(response)).EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(names, name => Assert.True(char.IsLower(name[0]), name));
        Assert.Equal(new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }, response.Content.Headers.ContentType);
    }
}
