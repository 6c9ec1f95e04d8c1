using System.Text.Json;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Api;
using Microsoft.EntityFrameworkCore;
using static Dashboard.Web.Tests.Api.ApiRequests;

namespace Dashboard.Web.Tests.Api;

/// <summary>Reject, reopen, clusters and their resolve, and a batch's rejection report, over HTTP.</summary>
[Collection(ApiCollection.Name)]
public sealed class RejectionApiTests(ApiApp app)
{
    private HttpClient Editor => app.Client(Caller.Editor);
    private HttpClient Lead => app.Client(Caller.Lead);

    [Fact]
    public async Task A_lead_rejects_with_if_match_and_the_post_leaves_the_queue_and_the_feed()
    {
        var kept = await app.NewPostAsync();
        var sourceId = await app.NewPostAsync(ReviewStatus.Approved);
        Assert.Contains(sourceId, await FeedAsync());

        using var response = await Lead.SendAsync(Json(HttpMethod.Post, $"/api/posts/{sourceId}/reject", new { reason = "duplicate", note = "same words", duplicateOf = kept }, await app.ETagAsync(sourceId)), Ct);

        await AssertStatusAsync(response, 200);
        Assert.Equal("rejected", (await JsonOf(response)).GetProperty("status").GetString());
        Assert.Equal(await app.ETagAsync(sourceId), response.Headers.ETag);
        Assert.DoesNotContain(sourceId, await FeedAsync());
        Assert.DoesNotContain(sourceId, await QueueAsync(""));
        Assert.Contains(sourceId, await QueueAsync("&status=rejected"));
    }

    [Fact]
    public async Task Reject_answers_428_without_if_match_412_when_stale_400_for_an_unknown_reason_and_422_for_a_missing_duplicate()
    {
        var sourceId = await app.NewPostAsync();
        var current = await app.ETagAsync(sourceId);
        var path = $"/api/posts/{sourceId}/reject";

        using var noIfMatch = await Lead.SendAsync(Json(HttpMethod.Post, path, new { reason = "unsafe" }), Ct);
        using var stale = await Lead.SendAsync(Json(HttpMethod.Post, path, new { reason = "unsafe" }, new($"\"{await app.RowVersionAsync(sourceId) + 7}\"")), Ct);
        using var unknown = await Lead.SendAsync(Json(HttpMethod.Post, path, new { reason = "spam" }, current), Ct);
        using var missing = await Lead.SendAsync(Json(HttpMethod.Post, path, new { reason = "duplicate", duplicateOf = "no-such-post" }, current), Ct);
        using var editor = await Editor.SendAsync(Json(HttpMethod.Post, path, new { reason = "unsafe" }, current), Ct);

        await ProblemOf(noIfMatch, 428);
        await ProblemOf(stale, 412);
        Assert.Contains("off topic", (await ProblemOf(unknown, 400)).GetProperty("detail").GetString());
        Assert.Contains("no-such-post", (await ProblemOf(missing, 422)).GetProperty("detail").GetString());
        await ProblemOf(editor, 403);
        Assert.Equal(ReviewStatus.Drafted, await app.StatusAsync(sourceId));
    }

    [Fact]
    public async Task Reopen_puts_a_rejected_post_back_in_the_queue_as_drafted()
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.Rejected);

        using var response = await Lead.SendAsync(Raw(HttpMethod.Post, $"/api/posts/{sourceId}/reopen", null, await app.ETagAsync(sourceId)), Ct);

        await AssertStatusAsync(response, 200);
        Assert.Equal(ReviewStatus.Drafted, await app.StatusAsync(sourceId));
        Assert.Contains(sourceId, await QueueAsync(""));
    }

    [Fact]
    public async Task Clusters_list_by_size_with_the_ordinally_first_member_as_representative_and_resolve_rejects_the_others()
    {
        var members = new[] { await app.NewPostAsync(), await app.NewPostAsync(ReviewStatus.Approved), await app.NewPostAsync(ReviewStatus.InReview) };
        var clusterId = await ClusterAsync(members);
        var representative = members.Order(StringComparer.Ordinal).First();
        var keep = members[2];

        var listed = await ClusterOfAsync(clusterId);
        Assert.Equal(3, listed.GetProperty("size").GetInt32());
        Assert.Equal(representative, listed.GetProperty("representative").GetString());
        Assert.Equal(members.Order(StringComparer.Ordinal), listed.GetProperty("members").EnumerateArray().Select(m => m.GetString()));

        using var editorTry = await Editor.SendAsync(Json(HttpMethod.Post, $"/api/clusters/{clusterId}/resolve", new { keep }), Ct);
        using var notMember = await Lead.SendAsync(Json(HttpMethod.Post, $"/api/clusters/{clusterId}/resolve", new { keep = "someone-else" }), Ct);
        using var response = await Lead.SendAsync(Json(HttpMethod.Post, $"/api/clusters/{clusterId}/resolve", new { keep }), Ct);

        await ProblemOf(editorTry, 403);
        await ProblemOf(notMember, 422);
        await AssertStatusAsync(response, 200);
        Assert.Equal(2, (await JsonOf(response)).GetProperty("done").GetInt32());
        await using var db = app.CreateContext();
        var rows = await db.Posts.AsNoTracking().Where(p => members.Contains(p.SourceId)).ToDictionaryAsync(p => p.SourceId, Ct);
        Assert.Equal(ReviewStatus.InReview, rows[keep].Status);
        Assert.All(members.Where(m => m != keep), m => Assert.Equal((ReviewStatus.Rejected, "duplicate", keep), (rows[m].Status, rows[m].RejectionReason, rows[m].DuplicateOf)));
        Assert.DoesNotContain(members[1], await FeedAsync());
        Assert.Equal([keep], (await QueueAsync("")).Intersect(members));
    }

    [Fact]
    public async Task Resolving_an_unknown_cluster_is_404()
    {
        using var response = await Lead.SendAsync(Json(HttpMethod.Post, $"/api/clusters/{long.MaxValue}/resolve", new { keep = "x" }), Ct);

        await ProblemOf(response, 404);
    }

    [Fact]
    public async Task The_rejection_report_of_a_batch_lists_its_rejected_posts_as_json_and_csv()
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.Rejected);
        await using var db = app.CreateContext();
        var batch = await db.Posts.Where(p => p.SourceId == sourceId).Select(p => p.LastImportBatchId!.Value).SingleAsync(Ct);

        using var json = await Editor.GetAsync($"/api/imports/{batch}/rejections", Ct);
        using var csv = await Editor.GetAsync($"/api/imports/{batch}/rejections?format=csv", Ct);
        using var bad = await Editor.GetAsync($"/api/imports/{batch}/rejections?format=xml", Ct);
        using var none = await Editor.GetAsync($"/api/imports/{long.MaxValue}/rejections", Ct);

        await AssertStatusAsync(json, 200);
        var item = (await JsonOf(json)).GetProperty("items").EnumerateArray().Single();
        Assert.Equal((sourceId, "other", "tests"), (item.GetProperty("sourceId").GetString(), item.GetProperty("reason").GetString(), item.GetProperty("note").GetString()));
        Assert.Equal(JsonValueKind.Null, item.GetProperty("duplicateOf").ValueKind);
        await AssertStatusAsync(csv, 200);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("source id,reason,note,duplicate of,rejected by,rejected at", lines[0]);
        Assert.StartsWith($"{sourceId},other,tests,,api tests,", lines[1], StringComparison.Ordinal);
        await ProblemOf(bad, 400);
        await ProblemOf(none, 404);
    }

    private async Task<long> ClusterAsync(IReadOnlyList<string> members)
    {
        // A cluster's id is its representative's (the ordinally first member's) post id, as the clustering stores it.
        await using var db = app.CreateContext();
        var representative = members.Order(StringComparer.Ordinal).First();
        var clusterId = await db.Posts.Where(p => p.SourceId == representative).Select(p => p.Id).SingleAsync(Ct);
        await db.Posts.Where(p => members.Contains(p.SourceId))
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.ClusterId, clusterId).SetProperty(p => p.ClusterSize, members.Count), Ct);
        return clusterId;
    }

    private async Task<JsonElement> ClusterOfAsync(long clusterId)
    {
        for (var page = 1; ; page++)
        {
            using var response = await Editor.GetAsync($"/api/clusters?minSize=2&page={page}&size=100", Ct);
            await AssertStatusAsync(response, 200);
            var body = await JsonOf(response);
            var items = body.GetProperty("items").EnumerateArray().ToList();
            Assert.NotEmpty(items);
            if (items.FirstOrDefault(i => i.GetProperty("id").GetInt64() == clusterId) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }
        }
    }

    private async Task<List<string>> FeedAsync()
    {
        var text = await app.Client(Caller.Token).GetStringAsync($"/api/index/feed?limit={IndexFeedApi.MaxLimit}", Ct);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("sourceId").GetString()!)];
    }

    private async Task<List<string>> QueueAsync(string query)
    {
        var body = await JsonOf(await Editor.GetAsync($"/api/posts?size=100{query}", Ct));
        var total = body.GetProperty("total").GetInt32();
        var ids = new List<string>();
        for (var page = 1; ids.Count < total; page++)
        {
            var items = (await JsonOf(await Editor.GetAsync($"/api/posts?size=100&page={page}{query}", Ct))).GetProperty("items").EnumerateArray().ToList();
            ids.AddRange(items.Select(i => i.GetProperty("sourceId").GetString()!));
            if (items.Count == 0)
            {
                break;
            }
        }

        return ids;
    }
}
