using System.Net;
using System.Text.Json;
using Dashboard.Core.Review;
using Dashboard.Web.Features.Accounts;
using static Dashboard.Web.Tests.Api.ApiRequests;

namespace Dashboard.Web.Tests.Api;

/// <summary>Who gets in: tokens (valid, unknown, revoked), sessions (and locked-out accounts), and the OpenAPI document.</summary>
[Collection(ApiCollection.Name)]
public sealed class ApiAuthTests(ApiApp app)
{
    [Fact]
    public async Task A_revoked_token_is_refused_with_401()
    {
        var name = $"revoked-{Guid.NewGuid():N}"[..20];
        using var client = app.WithToken(await app.CreateTokenAsync(name, Roles.Lead));
        using (var before = await client.GetAsync("/api/posts", Ct))
        {
            await AssertStatusAsync(before, 200);
        }

        var revoked = await app.Get<TokenService>().RevokeAsync(name, AccountService.CommandLine, Ct);
        Assert.True(revoked.Succeeded, revoked.Message);

        using var after = await client.GetAsync("/api/posts", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task An_unknown_token_is_refused_with_401_and_no_redirect()
    {
        using var client = app.WithToken("anp_not-a-real-token");

        using var response = await client.PostAsync("/api/index/ack", null, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_locked_out_account_cannot_sign_in_and_so_cannot_call_the_api()
    {
        var email = $"locked-{Guid.NewGuid():N}@example.test";
        const string password = "correct horse battery staple";
        var created = await app.Get<AccountService>().CreateAsync(email, password, Roles.Lead, AccountService.CommandLine);
        Assert.True(created.Succeeded, created.Message);
        using var client = app.NewClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await SignIn.SubmitAsync(client, email, "wrong password, attempt " + attempt);
            Assert.False(SignIn.Succeeded(wrong));
        }

        using var right = await SignIn.SubmitAsync(client, email, password);

        Assert.False(SignIn.Succeeded(right));
        Assert.Contains("locked", await right.Content.ReadAsStringAsync(Ct));
        using var api = await client.GetAsync("/api/posts", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_is_public_json_listing_every_path()
    {
        using var response = await app.Client(Caller.Anonymous).GetAsync("/openapi/v1.json", Ct);

        await AssertStatusAsync(response, 200);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var paths = document.RootElement.GetProperty("paths");
        string[] expected =
        [
            "/api/posts", "/api/posts/{sourceId}", "/api/posts/{sourceId}/submit", "/api/posts/{sourceId}/request-changes",
            "/api/posts/{sourceId}/approve", "/api/posts/{sourceId}/version", "/api/posts/{sourceId}/checklist",
            "/api/posts/{sourceId}/revision", "/api/imports", "/api/index/feed", "/api/index/ack",
        ];
        Assert.All(expected, path => Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the document"));
        var approve = paths.GetProperty("/api/posts/{sourceId}/approve").GetProperty("post");
        Assert.Equal("ApprovePost", approve.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(approve.GetProperty("summary").GetString()));
        var bump = paths.GetProperty("/api/posts/{sourceId}/version").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.True(bump.TryGetProperty("application/json", out _), bump.ToString());
        var upload = paths.GetProperty("/api/imports").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.True(upload.TryGetProperty("multipart/form-data", out _), upload.ToString());
    }
}
