using Dashboard.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using static Dashboard.Web.Tests.Api.ApiRequests;

namespace Dashboard.Web.Tests.Api;

/// <summary>
/// Cross-site request forgery: a page on another port of this host, opened by a signed-in
/// reviewer, posts to the API with the reviewer's cookie. The app is served at http://localhost.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CrossSiteApiTests(ApiApp app)
{
    private const string OtherPort = "http://localhost:8081";

    // What browsers send for a page of another origin: Origin always, Sec-Fetch-Site where supported.
    public static TheoryData<string?, string?> ForeignPages => new()
    {
        { OtherPort, null },
        { OtherPort, "same-site" },
        { "https://evil.example", "cross-site" },
        { "null", null },
        { "http://localhost", "same-site" },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(ForeignPages))]
    public async Task A_cookie_import_from_another_origin_is_refused_and_stores_nothing(string? origin, string? fetchSite)
    {
        var sourceId = ApiApp.NewSourceId();
        using var request = Import(sourceId, origin, fetchSite);
        using var client = await SignedInAsync(DemoAccounts.All[0].Email);

        using var response = await client.SendAsync(request, Ct);

        var problem = await ProblemOf(response, 403);
        Assert.Equal("Cross-site request refused", problem.GetProperty("title").GetString());
        await using var db = app.CreateContext();
        Assert.False(await db.Posts.AnyAsync(p => p.SourceId == sourceId, Ct));
    }

    [Theory]
    [InlineData("http://localhost", null)]
    [InlineData(null, "same-origin")]
    [InlineData("null", "same-origin")]
    public async Task A_cookie_import_from_the_apps_own_page_goes_through(string? origin, string? fetchSite)
    {
        var sourceId = ApiApp.NewSourceId();
        using var client = await SignedInAsync(DemoAccounts.All[0].Email);
        using var request = Import(sourceId, origin, fetchSite);

        using var response = await client.SendAsync(request, Ct);

        await AssertStatusAsync(response, 200);
        Assert.Equal("drafted", await app.StatusAsync(sourceId));
    }

    [Fact]
    public async Task A_token_call_is_not_checked_for_its_origin()
    {
        var sourceId = ApiApp.NewSourceId();
        using var request = Import(sourceId, OtherPort, "cross-site");

        using var response = await app.Client(Caller.Token).SendAsync(request, Ct);

        await AssertStatusAsync(response, 200);
        Assert.Equal("drafted", await app.StatusAsync(sourceId));
    }

    // Every state-changing call is covered, not only imports; reads are not (the browser keeps
    // their answers from the other page anyway).
    [Fact]
    public async Task Other_changes_are_refused_too_and_reads_still_answer()
    {
        var sourceId = await app.NewPostAsync();
        using var client = await SignedInAsync(DemoAccounts.All[1].Email);
        using var submit = Raw(HttpMethod.Post, $"/api/posts/{sourceId}/submit", null, await app.ETagAsync(sourceId));
        submit.Headers.Add("Origin", OtherPort);
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/posts/{sourceId}");
        read.Headers.Add("Origin", OtherPort);

        using var refused = await client.SendAsync(submit, Ct);
        using var answered = await client.SendAsync(read, Ct);

        await ProblemOf(refused, 403);
        Assert.Equal("drafted", await app.StatusAsync(sourceId));
        await AssertStatusAsync(answered, 200);
    }

    private Task<HttpClient> SignedInAsync(string email) => app.SignedInAsync(email, DemoAccounts.Password, fromOwnPages: false);

    private static HttpRequestMessage Import(string sourceId, string? origin, string? fetchSite)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports") { Content = Files(($"{sourceId}.txt", ApiApp.PostText(sourceId))) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        return request;
    }
}
