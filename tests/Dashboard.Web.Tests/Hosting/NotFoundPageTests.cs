using System.Net;
using Dashboard.Core.Review;
using Dashboard.Web.Tests.Accounts;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>An address that leads nowhere gets the app's own 404 page; the API keeps its bare 404.</summary>
[Collection(AccountsCollection.Name)]
public sealed class NotFoundPageTests(AccountsApp app)
{
    private const string FriendlyText = "There is nothing at this address";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unknown_address_answers_404_with_the_apps_own_page()
    {
        using var client = await SignedInClientAsync();

        using var response = await client.GetAsync("/no-such-page/at-all", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(FriendlyText, html);
        Assert.Contains("/no-such-page/at-all", html);
        Assert.Contains("<main", html);
    }

    [Fact]
    public async Task An_unknown_post_answers_404_with_the_friendly_page()
    {
        using var client = await SignedInClientAsync();

        using var response = await client.GetAsync("/posts/no-such-source-id", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(FriendlyText, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_api_keeps_its_bare_404()
    {
        using var client = await SignedInClientAsync();

        using var response = await client.GetAsync("/api/posts/no-such-source-id", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(FriendlyText, await response.Content.ReadAsStringAsync(Ct));
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_known_page_is_not_touched()
    {
        using var client = await SignedInClientAsync();

        using var response = await client.GetAsync("/overview", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(FriendlyText, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Signed_out_an_unknown_address_still_asks_for_sign_in_first()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("/no-such-page", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.ToString());
    }

    private async Task<HttpClient> SignedInClientAsync()
    {
        var email = await app.NewAccountAsync(Roles.Editor);
        var client = app.NewClient();
        Assert.True(LoginForm.SignedIn(await LoginForm.SubmitAsync(client, email, AccountsApp.Password)));
        return client;
    }
}
