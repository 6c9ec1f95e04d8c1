using Dashboard.Web.Features.Accounts;
using static Dashboard.Web.Tests.Api.ApiRequests;

namespace Dashboard.Web.Tests.Api;

/// <summary>POST /api/assignments: what a lead assigns, the assignee on the post, "assignee=me", and the refusals.</summary>
[Collection(ApiCollection.Name)]
public sealed class AssignmentsApiTests(ApiApp app)
{
    private static readonly string EditorName = DemoAccounts.All[0].Email;

    private HttpClient Editor => app.Client(Caller.Editor);
    private HttpClient Lead => app.Client(Caller.Lead);

    [Fact]
    public async Task A_lead_assigns_listed_posts_and_the_editor_finds_them_as_theirs()
    {
        string[] posts = [await app.NewPostAsync(), await app.NewPostAsync()];

        using var response = await Lead.SendAsync(Json(HttpMethod.Post, "/api/assignments", new { sourceIds = posts, reviewers = new[] { EditorName }, cap = 10 }), Ct);

        await AssertStatusAsync(response, 200);
        var answer = await JsonOf(response);
        Assert.Equal(2, answer.GetProperty("assigned").GetInt32());
        Assert.False(answer.GetProperty("dryRun").GetBoolean());
        foreach (var sourceId in posts)
        {
            using var post = await Editor.GetAsync($"/api/posts/{sourceId}", Ct);
            Assert.Equal(EditorName, (await JsonOf(post)).GetProperty("assignee").GetString());
        }

        using var mine = await Editor.GetAsync("/api/posts?assignee=me&all=1&size=200", Ct);
        var items = (await JsonOf(mine)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sourceId").GetString()).ToList();
        Assert.Subset(items.ToHashSet(), posts.ToHashSet<string?>());
        using var leads = await Lead.GetAsync("/api/posts?assignee=me&all=1&size=200", Ct);
        Assert.DoesNotContain((await JsonOf(leads)).GetProperty("items").EnumerateArray(), i => posts.Contains(i.GetProperty("sourceId").GetString()));
    }

    [Fact]
    public async Task A_dry_run_says_who_would_get_what_and_changes_nothing()
    {
        var sourceId = await app.NewPostAsync();

        using var response = await Lead.SendAsync(Json(HttpMethod.Post, "/api/assignments", new { sourceIds = new[] { sourceId }, reviewers = new[] { EditorName }, cap = 5, dryRun = true }), Ct);

        var answer = await JsonOf(response);
        Assert.True(answer.GetProperty("dryRun").GetBoolean());
        Assert.Equal(1, answer.GetProperty("reviewers")[0].GetProperty("count").GetInt32());
        using var post = await Editor.GetAsync($"/api/posts/{sourceId}", Ct);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await JsonOf(post)).GetProperty("assignee").ValueKind);
    }

    [Fact]
    public async Task An_editor_is_refused_with_403()
    {
        var sourceId = await app.NewPostAsync();

        using var response = await Editor.SendAsync(Json(HttpMethod.Post, "/api/assignments", new { sourceIds = new[] { sourceId }, reviewers = new[] { EditorName }, cap = 5 }), Ct);

        await ProblemOf(response, 403);
    }

    [Fact]
    public async Task An_unknown_reviewer_or_a_missing_cap_is_refused_naming_the_field()
    {
        var sourceId = await app.NewPostAsync();

        using var stranger = await Lead.SendAsync(Json(HttpMethod.Post, "/api/assignments", new { sourceIds = new[] { sourceId }, reviewers = new[] { "nobody@example.test" }, cap = 5 }), Ct);
        using var noCap = await Lead.SendAsync(Json(HttpMethod.Post, "/api/assignments", new { sourceIds = new[] { sourceId }, reviewers = new[] { EditorName } }), Ct);

        Assert.Contains("nobody@example.test", (await ProblemOf(stranger, 422)).GetProperty("detail").GetString());
        Assert.Contains("cap", (await ProblemOf(noCap, 422)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_openapi_document_declares_the_assignee_and_waiting_parameters_and_the_endpoint()
    {
        using var response = await app.Client(Caller.Anonymous).GetAsync("/openapi/v1.json", Ct);

        var paths = (await JsonOf(response)).GetProperty("paths");
        var parameters = paths.GetProperty("/api/posts").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("assignee", parameters);
        Assert.Contains("waiting", parameters);
        Assert.True(paths.GetProperty("/api/assignments").TryGetProperty("post", out _));
    }
}
