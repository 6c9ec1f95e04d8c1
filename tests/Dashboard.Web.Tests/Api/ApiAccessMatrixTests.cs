using System.Net.Http.Headers;
using Dashboard.Core.Review;
using static Dashboard.Web.Tests.Api.ApiRequests;

namespace Dashboard.Web.Tests.Api;

/// <summary>Every endpoint, called by every kind of caller, answers with the status its role deserves.</summary>
[Collection(ApiCollection.Name)]
public sealed class ApiAccessMatrixTests(ApiApp app)
{
    private const int Ok = 200, Created = 201, Unauthorized = 401, Forbidden = 403;

    /// <summary>An endpoint: how to call it (its body made from the post's source id and etag), and the state its post must be in first (null: no post of its own).</summary>
    private sealed record Endpoint(string Method, string Path, string? PostStatus, bool IfMatch, Func<string, string, HttpContent?> Body);

    private static readonly Dictionary<string, Endpoint> Endpoints = new()
    {
        ["GET /api/posts"] = new("GET", "/api/posts?all=1&size=5", null, false, (_, _) => null),
        ["GET /api/posts/{id}"] = new("GET", "/api/posts/{id}", ReviewStatus.Drafted, false, (_, _) => null),
        ["POST submit"] = new("POST", "/api/posts/{id}/submit", ReviewStatus.Drafted, true, (_, _) => null),
        ["POST request-changes"] = new("POST", "/api/posts/{id}/request-changes", ReviewStatus.InReview, true, (_, _) => JsonContent(new { note = "Cite the benchmark." })),
        ["POST approve"] = new("POST", "/api/posts/{id}/approve", ReviewStatus.InReview, true, (_, _) => null),
        ["POST version"] = new("POST", "/api/posts/{id}/version", ReviewStatus.Drafted, true, (_, _) => JsonContent(new { bump = "minor" })),
        ["PUT checklist"] = new("PUT", "/api/posts/{id}/checklist", ReviewStatus.Drafted, true, (_, _) => JsonContent(new { items = new[] { "measure", "ship" } })),
        ["PATCH revision"] = new("PATCH", "/api/posts/{id}/revision", ReviewStatus.Drafted, true, (_, _) => JsonContent(new { version = "9.0.0", lastReviewed = "2026-01-31" })),
        ["GET comments"] = new("GET", "/api/posts/{id}/comments", ReviewStatus.InReview, false, (_, _) => null),
        ["POST comments"] = new("POST", "/api/posts/{id}/comments", ReviewStatus.InReview, false, (_, _) => JsonContent(new { body = "Cite the benchmark.", anchor = "paragraph:1" })),
        ["POST reject"] = new("POST", "/api/posts/{id}/reject", ReviewStatus.Drafted, true, (_, _) => JsonContent(new { reason = "low quality", note = "thin" })),
        ["POST reopen"] = new("POST", "/api/posts/{id}/reopen", ReviewStatus.Rejected, true, (_, _) => null),
        ["GET /api/clusters"] = new("GET", "/api/clusters?minSize=2", null, false, (_, _) => null),
        ["POST /api/imports"] = new("POST", "/api/imports", null, false, (_, _) => { var id = ApiApp.NewSourceId(); return Files(($"{id}.txt", ApiApp.PostText(id))); }),
        ["GET /api/index/feed"] = new("GET", "/api/index/feed?limit=5", null, false, (_, _) => null),
        ["POST /api/index/ack"] = new("POST", "/api/index/ack", ReviewStatus.Approved, false, (id, etag) => JsonContent(new { posts = new[] { new { sourceId = id, etag } } })),
        ["GET /api/webhooks"] = new("GET", "/api/webhooks", null, false, (_, _) => null),
        ["POST /api/webhooks"] = new("POST", "/api/webhooks", null, false, (_, _) => JsonContent(new { url = "http://127.0.0.1:9/hook", events = new[] { "post.approved" } })),
    };

    // Expected status per caller: anonymous, editor, lead, admin, token (the indexer: lead).
    private static readonly (string Endpoint, int[] Expected)[] Expectations =
    [
        ("GET /api/posts", [Unauthorized, Ok, Ok, Ok, Ok]),
        ("GET /api/posts/{id}", [Unauthorized, Ok, Ok, Ok, Ok]),
        ("POST submit", [Unauthorized, Ok, Ok, Ok, Ok]),
        ("POST request-changes", [Unauthorized, Forbidden, Ok, Ok, Ok]),
        ("POST approve", [Unauthorized, Forbidden, Ok, Ok, Ok]),
        ("POST version", [Unauthorized, Ok, Ok, Ok, Ok]),
        ("PUT checklist", [Unauthorized, Ok, Ok, Ok, Ok]),
        ("PATCH revision", [Unauthorized, Forbidden, Forbidden, Ok, Forbidden]),
        ("GET comments", [Unauthorized, Ok, Ok, Ok, Ok]),
        ("POST comments", [Unauthorized, Created, Created, Created, Created]),
        ("POST reject", [Unauthorized, Forbidden, Ok, Ok, Ok]),
        ("POST reopen", [Unauthorized, Forbidden, Ok, Ok, Ok]),
        ("GET /api/clusters", [Unauthorized, Ok, Ok, Ok, Ok]),
        ("POST /api/imports", [Unauthorized, Ok, Ok, Ok, Ok]),
        ("GET /api/index/feed", [Unauthorized, Ok, Ok, Ok, Ok]),
        ("POST /api/index/ack", [Unauthorized, Forbidden, Ok, Ok, Ok]),
        ("GET /api/webhooks", [Unauthorized, Forbidden, Forbidden, Ok, Forbidden]),
        ("POST /api/webhooks", [Unauthorized, Forbidden, Forbidden, Created, Forbidden]),
    ];

    public static TheoryData<string, Caller, int> Matrix()
    {
        var rows = new TheoryData<string, Caller, int>();
        foreach (var (endpoint, expected) in Expectations)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                rows.Add(endpoint, caller, expected[(int)caller]);
            }
        }

        return rows;
    }

    [Fact]
    public void Matrix_covers_every_endpoint() => Assert.Equal(Endpoints.Keys.Order(), Expectations.Select(e => e.Endpoint).Order());

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_answers_the_caller_with_the_status_of_its_role(string endpoint, Caller caller, int expected)
    {
        var call = Endpoints[endpoint];
        var sourceId = call.PostStatus is { } status ? await app.NewPostAsync(status) : "";
        var etag = call.PostStatus is null ? null : await app.ETagAsync(sourceId);
        using var request = new HttpRequestMessage(new HttpMethod(call.Method), call.Path.Replace("{id}", sourceId, StringComparison.Ordinal))
        {
            Content = call.Body(sourceId, etag?.Tag ?? ""),
        };
        if (call.IfMatch)
        {
            request.Headers.IfMatch.Add(etag!);
        }

        using var response = await app.Client(caller).SendAsync(request, Ct);

        await AssertStatusAsync(response, expected);
        if (expected == Forbidden)
        {
            await ProblemOf(response, Forbidden);
        }
    }

    [Theory]
    [InlineData(Role.Editor, "/api/posts/{id}/approve", 403)]
    [InlineData(Role.Lead, "/api/posts/{id}/approve", 200)]
    [InlineData(Role.Admin, "/api/posts/{id}/approve", 200)]
    [InlineData(Role.Editor, "/api/posts/{id}/submit", 422)]
    public async Task A_token_of_each_role_is_held_to_that_role(Role role, string path, int expected)
    {
        var sourceId = await app.NewPostAsync(ReviewStatus.InReview);
        using var client = app.WithToken(app.Tokens[role]);
        using var request = new HttpRequestMessage(HttpMethod.Post, path.Replace("{id}", sourceId, StringComparison.Ordinal));
        request.Headers.IfMatch.Add(await app.ETagAsync(sourceId));

        using var response = await client.SendAsync(request, Ct);

        await AssertStatusAsync(response, expected);
    }

    private static HttpContent JsonContent(object body) => System.Net.Http.Json.JsonContent.Create(body, new MediaTypeHeaderValue("application/json"));
}
