using Dashboard.Core.Checks;
using Dashboard.Core.Generation;
using Dashboard.Web.Features.Imports;
using Dashboard.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static Dashboard.Web.Tests.Api.ApiRequests;

namespace Dashboard.Web.Tests.Api;

/// <summary>A post's failing checks in <c>GET /api/posts/{sourceId}</c>, and <c>GET /api/posts?check=</c>.</summary>
[Collection(ApiCollection.Name)]
public sealed class PostChecksApiTests(ApiApp app)
{
    // Every post in the queue; indices far past the app's own generated posts, one per test.
    private static readonly PostGenerator Generator = new(new GeneratorOptions { Seed = 5, NeedsReviewShare = 1 });

    private HttpClient Editor => app.Client(Caller.Editor);

    [Fact]
    public async Task Get_lists_each_failing_check_with_its_field_or_its_line()
    {
        var field = await ImportFailingAsync(700_001, Check.ReadingTime);
        var line = await ImportFailingAsync(700_002, Check.RepeatedSentences);

        var byField = await ChecksOfAsync(field);
        var byLine = await ChecksOfAsync(line);

        var reading = Assert.Single(byField);
        Assert.Equal(["id", "severity", "message", "field"], reading.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("reading-time", "warning", "reading time"), (reading.GetProperty("id").GetString(), reading.GetProperty("severity").GetString(), reading.GetProperty("field").GetString()));
        Assert.StartsWith("reading time says 90 minutes", reading.GetProperty("message").GetString());
        var repeated = Assert.Single(byLine);
        Assert.Equal(["id", "severity", "message", "line"], repeated.EnumerateObject().Select(p => p.Name));
        Assert.True(repeated.GetProperty("line").GetInt32() > 2);
    }

    [Fact]
    public async Task List_filters_by_one_check_or_by_any_error()
    {
        var warning = await ImportFailingAsync(700_011, Check.ReadingTime);
        var error = await ImportFailingAsync(700_012, Check.ImageHttps);

        var byCheck = await SourceIdsAsync("?check=reading-time&size=200");
        var anyError = await SourceIdsAsync("?check=any&size=200");

        Assert.Contains(warning, byCheck);
        Assert.DoesNotContain(error, byCheck);
        Assert.Contains(error, anyError);
        Assert.DoesNotContain(warning, anyError);
        await using var db = app.CreateContext();
        var failingReadingTime = await db.PostChecks.Where(c => c.CheckId == "reading-time").Select(c => c.PostId).ToListAsync(Ct);
        Assert.All(
            await db.Posts.Where(p => byCheck.Contains(p.SourceId)).Select(p => p.Id).ToListAsync(Ct),
            id => Assert.Contains(id, failingReadingTime));
        Assert.All(await db.Posts.Where(p => anyError.Contains(p.SourceId)).Select(p => p.CheckErrors).ToListAsync(Ct), errors => Assert.True(errors > 0));
    }

    [Fact]
    public async Task The_openapi_document_declares_the_check_parameter_naming_every_check()
    {
        using var response = await app.Client(Caller.Anonymous).GetAsync("/openapi/v1.json", Ct);

        var document = await JsonOf(response);
        var check = document.GetProperty("paths").GetProperty("/api/posts").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "check");
        Assert.Equal("query", check.GetProperty("in").GetString());
        Assert.All(Check.All, c => Assert.Contains(c.Id, check.GetProperty("description").GetString()));
    }

    private async Task<string> ImportFailingAsync(int index, Check check)
    {
        var post = Generator.GenerateFailing(index, check, DateOnly.FromDateTime(DateTime.UtcNow)).Post;
        var summary = await app.Get<PostImporter>().ImportAsync([TestFiles.FromPost($"{post.SourceId}.txt", post)], "api tests", "tests", cancellationToken: Ct);
        Assert.Equal(1, summary.Imported + summary.Unchanged);
        return post.SourceId;
    }

    private async Task<List<System.Text.Json.JsonElement>> ChecksOfAsync(string sourceId)
    {
        using var response = await Editor.GetAsync($"/api/posts/{sourceId}", Ct);
        await AssertStatusAsync(response, 200);
        return [.. (await JsonOf(response)).GetProperty("checks").EnumerateArray()];
    }

    private async Task<List<string>> SourceIdsAsync(string query)
    {
        using var response = await Editor.GetAsync("/api/posts" + query, Ct);
        await AssertStatusAsync(response, 200);
        return [.. (await JsonOf(response)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sourceId").GetString()!)];
    }
}
