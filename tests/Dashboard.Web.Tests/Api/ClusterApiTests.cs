using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using static Dashboard.Web.Tests.Api.ApiRequests;

namespace Dashboard.Web.Tests.Api;

/// <summary>A post's near-copy cluster in GET /api/posts/{sourceId}, and GET /api/posts?cluster=ID&amp;minclustersize=N.</summary>
[Collection(ApiCollection.Name)]
public sealed class ClusterApiTests(ApiApp app)
{
    private HttpClient Editor => app.Client(Caller.Editor);

    [Fact]
    public async Task A_post_names_its_cluster_and_the_list_filters_on_it()
    {
        // Every post these tests make is the sample's article under another source id: a near-copy of the sample.
        var sourceId = await app.NewPostAsync();
        long sampleId;
        int clusterSize;
        await using (var db = app.CreateContext())
        {
            sampleId = await db.Posts.Where(p => p.SourceId == TestSupport.TestFiles.SampleSourceId).Select(p => p.Id).SingleAsync(Ct);
            clusterSize = await db.Posts.Where(p => p.SourceId == sourceId).Select(p => p.ClusterSize).SingleAsync(Ct);
        }

        using var post = await Editor.GetAsync($"/api/posts/{sourceId}", Ct);
        await AssertStatusAsync(post, 200);
        var document = await JsonOf(post);
        Assert.Equal(sampleId, document.GetProperty("clusterId").GetInt64());
        Assert.Equal(clusterSize, document.GetProperty("clusterSize").GetInt32());
        Assert.True(clusterSize >= 2);

        using var members = await Editor.GetAsync($"/api/posts?cluster={sampleId}&all=1&size=200", Ct);
        await AssertStatusAsync(members, 200);
        var list = await JsonOf(members);
        Assert.Equal(clusterSize, list.GetProperty("total").GetInt32());
        Assert.Contains(sourceId, list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sourceId").GetString()));
        Assert.All(list.GetProperty("items").EnumerateArray(), i => Assert.Equal(clusterSize, i.GetProperty("clusterSize").GetInt32()));

        using var larger = await Editor.GetAsync($"/api/posts?minclustersize={clusterSize + 1}&all=1", Ct);
        Assert.Equal(0, (await JsonOf(larger)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_post_alone_has_a_null_cluster_id()
    {
        using var response = await Editor.GetAsync("/api/posts?all=1&size=200&sort=clustersize", Ct);
        var alone = (await JsonOf(response)).GetProperty("items").EnumerateArray().First(i => i.GetProperty("clusterSize").GetInt32() == 1).GetProperty("sourceId").GetString();

        using var post = await Editor.GetAsync($"/api/posts/{alone}", Ct);

        Assert.Equal(JsonValueKind.Null, (await JsonOf(post)).GetProperty("clusterId").ValueKind);
    }

    [Fact]
    public async Task The_openapi_document_declares_the_cluster_parameters()
    {
        using var response = await app.Client(Caller.Anonymous).GetAsync("/openapi/v1.json", Ct);

        var list = (await JsonOf(response)).GetProperty("paths").GetProperty("/api/posts").GetProperty("get");
        var names = list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("cluster", names);
        Assert.Contains("minclustersize", names);
    }
}
