using System.Net.Http.Json;
using static Dashboard.Web.Tests.Api.ApiRequests;

namespace Dashboard.Web.Tests.Api;

/// <summary>Webhook endpoints through the API: the secret in the registration's answer only, and bad input refused naming the field.</summary>
[Collection(ApiCollection.Name)]
public sealed class WebhooksApiTests(ApiApp app)
{
    private HttpClient Admin => app.Client(Caller.Admin);

    [Fact]
    public async Task Registering_answers_the_secret_once_and_the_list_never_shows_it()
    {
        using var created = await Admin.SendAsync(Json(HttpMethod.Post, "/api/webhooks", new { url = "http://127.0.0.1:9/registered", events = new[] { "post.approved", "import.finished" } }), Ct);
        await AssertStatusAsync(created, 201);
        var registered = await JsonOf(created);
        var secret = registered.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        var id = registered.GetProperty("endpoint").GetProperty("id").GetInt64();

        var list = await Admin.GetStringAsync("/api/webhooks", Ct);
        Assert.Contains("http://127.0.0.1:9/registered", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        using var log = await Admin.GetAsync($"/api/webhooks/{id}/deliveries", Ct);
        Assert.Equal(0, (await JsonOf(log)).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/hook", "post.approved", "url")]
    [InlineData("http://user:pw@127.0.0.1/hook", "post.approved", "url")]
    [InlineData("https://elsewhere.example.org/hook", "post.approved", "url")]
    [InlineData("http://127.0.0.1:9/hook", "post.published", "events")]
    public async Task A_bad_url_or_event_is_refused_naming_the_field(string url, string eventName, string field)
    {
        using var response = await Admin.SendAsync(Json(HttpMethod.Post, "/api/webhooks", new { url, events = new[] { eventName } }), Ct);

        var problem = await ProblemOf(response, 422);
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_empty_body_is_a_problem_not_an_error()
    {
        using var response = await Admin.SendAsync(Raw(HttpMethod.Post, "/api/webhooks", "null"), Ct);

        await ProblemOf(response, 400);
    }

    [Fact]
    public async Task Replaying_or_reading_the_log_of_what_does_not_exist_is_404()
    {
        await ProblemOf(await Admin.PostAsync("/api/webhooks/deliveries/999999/replay", null, Ct), 404);
        await ProblemOf(await Admin.GetAsync("/api/webhooks/999999/deliveries", Ct), 404);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_webhook_endpoints()
    {
        var document = await app.NewClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json", Ct);
        var paths = document.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/webhooks", out var hooks));
        Assert.True(hooks.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/webhooks/deliveries/{id}/replay", out _));
    }
}
