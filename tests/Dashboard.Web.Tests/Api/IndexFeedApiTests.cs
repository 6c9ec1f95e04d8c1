using System.Text.Json;
using Dashboard.Core.Review;
using Microsoft.EntityFrameworkCore;
using static Dashboard.Web.Tests.Api.ApiRequests;

namespace Dashboard.Web.Tests.Api;

/// <summary>The index feed holds approved posts and nothing else; an acknowledgement takes them out.</summary>
[Collection(ApiCollection.Name)]
public sealed class IndexFeedApiTests(ApiApp app)
{
    private HttpClient Indexer => app.Client(Caller.Token);

    [Fact]
    public async Task The_feed_holds_exactly_the_approved_posts_and_an_approval_through_the_api_adds_one()
    {
        var drafted = await app.NewPostAsync();
        var inReview = await app.NewPostAsync(ReviewStatus.InReview);
        var changesRequested = await app.NewPostAsync(ReviewStatus.ChangesRequested);
        var indexed = await app.NewPostAsync(ReviewStatus.Indexed);

        using (var approve = await app.Client(Caller.Lead).SendAsync(Raw(HttpMethod.Post, $"/api/posts/{inReview}/approve", null, await app.ETagAsync(inReview)), Ct))
        {
            await AssertStatusAsync(approve, 200);
        }

        var feed = await ReadFeedAsync($"/api/index/feed?limit={IndexFeedMax}");

        Assert.Equal(await ApprovedAsync(), feed.Select(f => f.GetProperty("sourceId").GetString()!));
        Assert.Contains(inReview, feed.Select(f => f.GetProperty("sourceId").GetString()));
        Assert.DoesNotContain(drafted, feed.Select(f => f.GetProperty("sourceId").GetString()));
        Assert.DoesNotContain(changesRequested, feed.Select(f => f.GetProperty("sourceId").GetString()));
        Assert.DoesNotContain(indexed, feed.Select(f => f.GetProperty("sourceId").GetString()));
        var ids = feed.Select(f => f.GetProperty("sourceId").GetString()!).ToList();
        await using var db = app.CreateContext();
        var statuses = await db.Posts.Where(p => ids.Contains(p.SourceId)).Select(p => p.Status).Distinct().ToListAsync(Ct);
        Assert.Equal(["approved"], statuses);
    }

    [Fact]
    public async Task A_feed_line_is_the_post_with_its_canonical_document()
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.Approved);

        var line = (await ReadFeedAsync($"/api/index/feed?limit={IndexFeedMax}")).Single(f => f.GetProperty("sourceId").GetString() == sourceId);

        Assert.Equal(["sourceId", "title", "version", "lastReviewed", "document", "etag"], line.EnumerateObject().Select(p => p.Name));
        await using var db = app.CreateContext();
        var stored = await db.Posts.SingleAsync(p => p.SourceId == sourceId, Ct);
        Assert.Equal(stored.Document, line.GetProperty("document").GetString());
        Assert.Equal(stored.Title, line.GetProperty("title").GetString());
        Assert.Equal(stored.Version, line.GetProperty("version").GetString());
        Assert.Equal(stored.LastReviewed?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), line.GetProperty("lastReviewed").GetString());
    }

    [Fact]
    public async Task The_feed_pages_by_source_id_with_after_and_limit()
    {
        await app.NewPostAsync(ReviewStatus.Approved);
        await app.NewPostAsync(ReviewStatus.Approved);
        var approved = await ApprovedAsync();

        var first = await ReadFeedAsync("/api/index/feed?limit=1");
        var rest = await ReadFeedAsync($"/api/index/feed?after={Uri.EscapeDataString(first[0].GetProperty("sourceId").GetString()!)}&limit={IndexFeedMax}");

        Assert.Equal(approved, first.Concat(rest).Select(f => f.GetProperty("sourceId").GetString()!));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10001")]
    [InlineData("many")]
    public async Task A_bad_limit_is_a_400_problem(string limit)
    {
        using var response = await Indexer.GetAsync($"/api/index/feed?limit={limit}", Ct);

        await ProblemOf(response, 400);
    }

    [Fact]
    public async Task Ack_marks_approved_posts_indexed_and_they_leave_the_feed_others_are_refused_by_id()
    {
        var approved = await app.NewPostAsync(ReviewStatus.Approved);
        var drafted = await app.NewPostAsync();
        var posts = new[]
        {
            new { sourceId = approved, etag = await FeedETagAsync(approved) },
            new { sourceId = drafted, etag = (await app.ETagAsync(drafted)).Tag },
            new { sourceId = "no-such-post", etag = "\"1\"" },
        };

        using var response = await Indexer.PostAsync("/api/index/ack", JsonContent(new { posts }), Ct);

        await AssertStatusAsync(response, 200);
        var ack = await JsonOf(response);
        Assert.Equal([approved], ack.GetProperty("indexed").EnumerateArray().Select(i => i.GetString()));
        var refused = ack.GetProperty("refused").EnumerateArray().ToList();
        Assert.Equal([drafted, "no-such-post"], refused.Select(r => r.GetProperty("sourceId").GetString()));
        Assert.All(refused, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("reason").GetString())));
        Assert.Equal("indexed", await app.StatusAsync(approved));
        Assert.Equal("drafted", await app.StatusAsync(drafted));
        Assert.DoesNotContain(approved, (await ReadFeedAsync($"/api/index/feed?limit={IndexFeedMax}")).Select(f => f.GetProperty("sourceId").GetString()));
    }

    [Fact]
    public async Task Each_feed_line_carries_the_etag_of_the_post_as_it_was_read()
    {
        var approved = await app.NewPostAsync(ReviewStatus.Approved);

        var line = (await ReadFeedAsync($"/api/index/feed?limit={IndexFeedMax}")).Single(f => f.GetProperty("sourceId").GetString() == approved);

        Assert.Equal((await app.ETagAsync(approved)).Tag, line.GetProperty("etag").GetString());
    }

    [Fact]
    public async Task Ack_with_the_feeds_etag_marks_the_post_indexed()
    {
        var approved = await app.NewPostAsync(ReviewStatus.Approved);
        var etag = await FeedETagAsync(approved);

        using var response = await Indexer.PostAsync("/api/index/ack", JsonContent(new { posts = new[] { new { sourceId = approved, etag } } }), Ct);

        await AssertStatusAsync(response, 200);
        Assert.Equal([approved], (await JsonOf(response)).GetProperty("indexed").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("indexed", await app.StatusAsync(approved));
    }

    [Fact]
    public async Task A_post_changed_and_approved_again_after_the_feed_gave_it_is_refused_and_stays_in_the_feed()
    {
        var approved = await app.NewPostAsync(ReviewStatus.Approved);
        var etag = await FeedETagAsync(approved);
        await BumpAndApproveAgainAsync(approved);

        using var response = await Indexer.PostAsync("/api/index/ack", JsonContent(new { posts = new[] { new { sourceId = approved, etag } } }), Ct);

        await AssertStatusAsync(response, 200);
        var ack = await JsonOf(response);
        Assert.Empty(ack.GetProperty("indexed").EnumerateArray());
        var refusal = Assert.Single(ack.GetProperty("refused").EnumerateArray());
        Assert.Equal(approved, refusal.GetProperty("sourceId").GetString());
        Assert.Contains("changed since the feed", refusal.GetProperty("reason").GetString());
        Assert.Equal("approved", await app.StatusAsync(approved));
        Assert.NotEqual(etag, await FeedETagAsync(approved));
    }

    [Fact]
    public async Task Bare_source_ids_are_refused_by_name_so_a_revision_approved_again_after_the_feed_gave_it_stays_in_the_feed()
    {
        var approved = await app.NewPostAsync(ReviewStatus.Approved);
        var served = await FeedETagAsync(approved);
        await BumpAndApproveAgainAsync(approved);

        using var response = await Indexer.PostAsync("/api/index/ack", JsonContent(new { sourceIds = new[] { approved } }), Ct);

        var problem = await ProblemOf(response, 422);
        Assert.Contains($"\"{approved}\"", problem.GetProperty("detail").GetString());
        Assert.Contains("etag", problem.GetProperty("detail").GetString());
        Assert.Equal("approved", await app.StatusAsync(approved));
        Assert.NotEqual(served, await FeedETagAsync(approved));
    }

    [Fact]
    public async Task An_editor_may_not_acknowledge_403_and_nothing_changes()
    {
        var approved = await app.NewPostAsync(ReviewStatus.Approved);

        var etag = await FeedETagAsync(approved);

        using var response = await app.Client(Caller.Editor).PostAsync("/api/index/ack", JsonContent(new { posts = new[] { new { sourceId = approved, etag } } }), Ct);

        await ProblemOf(response, 403);
        Assert.Equal("approved", await app.StatusAsync(approved));
    }

    [Theory]
    [InlineData("{}", 422)]
    [InlineData("""{"sourceIds":[""]}""", 422)]
    [InlineData("""{"sourceIds":""", 400)]
    [InlineData("""{"posts":[{"sourceId":"a"}]}""", 422)]
    [InlineData("""{"posts":[{"etag":"\"1\""}]}""", 422)]
    [InlineData("""{"sourceIds":["a"],"posts":[{"sourceId":"a","etag":"\"1\""}]}""", 422)]
    public async Task A_bad_ack_body_is_refused(string body, int status)
    {
        using var response = await Indexer.SendAsync(Raw(HttpMethod.Post, "/api/index/ack", body), Ct);

        await ProblemOf(response, status);
    }

    private const int IndexFeedMax = 10_000;

    private async Task<List<JsonElement>> ReadFeedAsync(string path)
    {
        using var response = await Indexer.GetAsync(path, Ct);
        await AssertStatusAsync(response, 200);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(text.Length == 0 || text.EndsWith('\n'), "every line of NDJSON ends with a newline");
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    /// <summary>A lead bumps the version (the post goes back to review) and approves it again: a state the indexer has not seen.</summary>
    private async Task BumpAndApproveAgainAsync(string sourceId)
    {
        var lead = app.Client(Caller.Lead);
        using (var bump = await lead.SendAsync(Raw(HttpMethod.Post, $"/api/posts/{sourceId}/version", """{"bump":"minor"}""", await app.ETagAsync(sourceId)), Ct))
        {
            await AssertStatusAsync(bump, 200);
        }

        using var approve = await lead.SendAsync(Raw(HttpMethod.Post, $"/api/posts/{sourceId}/approve", null, await app.ETagAsync(sourceId)), Ct);
        await AssertStatusAsync(approve, 200);
    }

    private async Task<string> FeedETagAsync(string sourceId) =>
        (await ReadFeedAsync($"/api/index/feed?limit={IndexFeedMax}")).Single(f => f.GetProperty("sourceId").GetString() == sourceId).GetProperty("etag").GetString()!;

    private async Task<List<string>> ApprovedAsync()
    {
        await using var db = app.CreateContext();
        var ids = await db.Posts.Where(p => p.Status == "approved").Select(p => p.SourceId).ToListAsync(Ct);
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    private static HttpContent JsonContent(object body) => System.Net.Http.Json.JsonContent.Create(body);
}
