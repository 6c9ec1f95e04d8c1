using System.Net;
using System.Text.Json;
using Dashboard.Core.Review;
using static Dashboard.Web.Tests.Api.ApiRequests;

namespace Dashboard.Web.Tests.Api;

/// <summary><c>POST /api/queue/next</c>, the claim in <c>GET /api/posts/{sourceId}</c>, and <c>DELETE .../claim</c>.</summary>
[Collection(ApiCollection.Name)]
public sealed class ClaimsApiTests(ApiApp app)
{
    [Fact]
    public async Task Thirty_two_next_calls_at_once_from_two_editors_tokens_hand_out_32_distinct_posts()
    {
        for (var i = 0; i < 34; i++)
        {
            await app.NewPostAsync();
        }

        using var first = app.WithToken(app.Tokens[Role.Editor]);
        using var second = app.WithToken(await app.CreateTokenAsync($"claims-editor-{Guid.NewGuid():N}", Roles.Editor));
        HttpClient[] editors = [first, second];

        var answers = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(async () =>
        {
            using var response = await editors[i % 2].PostAsync("/api/queue/next", null, Ct);
            await AssertStatusAsync(response, 200);
            return await JsonOf(response);
        }, Ct)));

        var sourceIds = answers.Select(a => a.GetProperty("sourceId").GetString()).ToList();
        Assert.Equal(32, sourceIds.Distinct().Count());
        Assert.All(answers, a => Assert.NotEqual(JsonValueKind.Null, a.GetProperty("claim").ValueKind));
        Assert.All(answers, a => Assert.Contains(a.GetProperty("status").GetString(), ReviewWork.StatusesToActOn(Role.Editor)));
        await ReleaseAllAsync(answers);
    }

    [Fact]
    public async Task The_post_says_who_claimed_it_until_when_and_only_they_or_a_lead_release_it()
    {
        using var editor = app.WithToken(app.Tokens[Role.Editor]);
        using var other = app.WithToken(await app.CreateTokenAsync($"claims-other-{Guid.NewGuid():N}", Roles.Editor));
        await app.NewPostAsync(ReviewStatus.InReview);

        using var next = await app.WithToken(app.Tokens[Role.Lead]).PostAsync("/api/queue/next", null, Ct);
        await AssertStatusAsync(next, 200);
        var sourceId = (await JsonOf(next)).GetProperty("sourceId").GetString();

        using var read = await editor.GetAsync($"/api/posts/{sourceId}", Ct);
        var claim = (await JsonOf(read)).GetProperty("claim");
        Assert.Equal("token:api-tests-lead", claim.GetProperty("by").GetString());
        Assert.True(claim.GetProperty("until").GetDateTime() > DateTime.UtcNow);

        using (var refused = await other.DeleteAsync($"/api/posts/{sourceId}/claim", Ct))
        {
            await ProblemOf(refused, 403);
        }

        using (var released = await app.Client(Caller.Lead).DeleteAsync($"/api/posts/{sourceId}/claim", Ct))
        {
            await AssertStatusAsync(released, 204);
        }

        using var free = await editor.GetAsync($"/api/posts/{sourceId}", Ct);
        Assert.Equal(JsonValueKind.Null, (await JsonOf(free)).GetProperty("claim").ValueKind);
        using var none = await editor.DeleteAsync($"/api/posts/{sourceId}/claim", Ct);
        await ProblemOf(none, 404);
    }

    [Fact]
    public async Task Next_answers_204_when_nothing_in_the_view_is_left_for_the_role()
    {
        await app.NewPostAsync(ReviewStatus.InReview);

        // In review is a lead's work, not an editor's.
        using var response = await app.Client(Caller.Editor).PostAsync($"/api/queue/next?status={Uri.EscapeDataString(ReviewStatus.InReview)}", null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task The_claim_endpoints_are_in_the_openapi_document()
    {
        using var response = await app.Client(Caller.Anonymous).GetAsync("/openapi/v1.json", Ct);
        var paths = (await JsonOf(response)).GetProperty("paths");

        Assert.True(paths.GetProperty("/api/queue/next").TryGetProperty("post", out var next));
        Assert.Contains(next.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "status");
        Assert.True(paths.GetProperty("/api/posts/{sourceId}/claim").TryGetProperty("delete", out _));
    }

    private async Task ReleaseAllAsync(IEnumerable<JsonElement> posts)
    {
        foreach (var post in posts)
        {
            using var _ = await app.Client(Caller.Lead).DeleteAsync($"/api/posts/{post.GetProperty("sourceId").GetString()}/claim", Ct);
        }
    }
}
